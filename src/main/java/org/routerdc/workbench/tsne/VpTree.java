package org.routerdc.workbench.tsne;

import java.util.Random;

/**
 * Vantage-point tree (Yianilos, 1993) for exact k-nearest-neighbour search in Euclidean space, as bhtsne uses.
 * Nodes live in flat arrays: node i has vantage point {@code point[i]}, median radius {@code radius[i]} and the
 * subtrees {@code inside[i]} / {@code outside[i]} (-1 when empty). Built once, searched from many threads.
 */
final class VpTree {
    private final Points points;
    private final int[] point;
    private final double[] radius;
    private final int[] inside;
    private final int[] outside;
    private int nodes;

    VpTree(Points points, long seed) {
        this.points = points;
        int n = points.n();
        point = new int[n];
        radius = new double[n];
        inside = new int[n];
        outside = new int[n];
        int[] items = new int[n];
        for (int i = 0; i < n; i++) {
            items[i] = i;
        }
        build(items, 0, n, new double[n], new Random(seed));
    }

    Points points() {
        return points;
    }

    private int build(int[] items, int from, int to, double[] dist, Random random) {
        if (from == to) {
            return -1;
        }
        int node = nodes++;
        swap(items, from, from + random.nextInt(to - from));
        int vantage = items[from];
        point[node] = vantage;
        if (to - from == 1) {
            inside[node] = -1;
            outside[node] = -1;
            return node;
        }
        for (int k = from + 1; k < to; k++) {
            dist[items[k]] = Math.sqrt(points.squaredDistance(vantage, items[k]));
        }
        int median = (from + 1 + to) / 2;
        select(items, from + 1, to - 1, median, dist);
        radius[node] = dist[items[median]];
        inside[node] = build(items, from + 1, median, dist, random);
        outside[node] = build(items, median, to, dist, random);
        return node;
    }

    /** Quickselect: afterwards items[k] has the k-th smallest distance, smaller ones before it. */
    private static void select(int[] items, int lo, int hi, int k, double[] dist) {
        while (lo < hi) {
            double pivot = dist[items[(lo + hi) >>> 1]];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (dist[items[i]] < pivot) {
                    i++;
                }
                while (dist[items[j]] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(items, i++, j--);
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The k nearest points to {@code query}, skipping index {@code exclude} (-1 for none), nearest first. */
    Neighbours search(double[] query, int k, int exclude) {
        NeighbourHeap heap = new NeighbourHeap(k);
        if (nodes > 0) {
            search(0, query, exclude, heap);
        }
        return heap.sorted();
    }

    private void search(int node, double[] query, int exclude, NeighbourHeap heap) {
        int vantage = point[node];
        double d = Math.sqrt(points.squaredDistanceTo(query, vantage));
        if (vantage != exclude && d < heap.bound()) {
            heap.offer(vantage, d);
        }
        int in = inside[node];
        int out = outside[node];
        if (in < 0 && out < 0) {
            return;
        }
        double r = radius[node];
        if (d < r) {
            if (in >= 0 && d - heap.bound() <= r) {
                search(in, query, exclude, heap);
            }
            if (out >= 0 && d + heap.bound() >= r) {
                search(out, query, exclude, heap);
            }
        } else {
            if (out >= 0 && d + heap.bound() >= r) {
                search(out, query, exclude, heap);
            }
            if (in >= 0 && d - heap.bound() <= r) {
                search(in, query, exclude, heap);
            }
        }
    }
}
