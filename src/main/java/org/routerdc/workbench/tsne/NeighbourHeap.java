package org.routerdc.workbench.tsne;

/** Bounded max-heap of the k closest candidates seen; ties broken by index so results are reproducible. */
final class NeighbourHeap {
    private final int capacity;
    private final int[] index;
    private final double[] dist;
    private int size;

    NeighbourHeap(int capacity) {
        this.capacity = capacity;
        this.index = new int[capacity];
        this.dist = new double[capacity];
    }

    /** Distance a candidate must beat to enter: the worst kept one once full. */
    double bound() {
        return size < capacity ? Double.POSITIVE_INFINITY : dist[0];
    }

    void offer(int i, double d) {
        if (size < capacity) {
            index[size] = i;
            dist[size] = d;
            up(size++);
        } else if (worse(dist[0], index[0], d, i)) {
            index[0] = i;
            dist[0] = d;
            down(0);
        }
    }

    private static boolean worse(double d1, int i1, double d2, int i2) {
        return d1 > d2 || (d1 == d2 && i1 > i2);
    }

    private void up(int c) {
        while (c > 0) {
            int p = (c - 1) / 2;
            if (!worse(dist[c], index[c], dist[p], index[p])) {
                return;
            }
            swap(c, p);
            c = p;
        }
    }

    private void down(int p) {
        while (true) {
            int l = 2 * p + 1;
            int r = l + 1;
            int worst = p;
            if (l < size && worse(dist[l], index[l], dist[worst], index[worst])) {
                worst = l;
            }
            if (r < size && worse(dist[r], index[r], dist[worst], index[worst])) {
                worst = r;
            }
            if (worst == p) {
                return;
            }
            swap(p, worst);
            p = worst;
        }
    }

    private void swap(int a, int b) {
        int ti = index[a];
        index[a] = index[b];
        index[b] = ti;
        double td = dist[a];
        dist[a] = dist[b];
        dist[b] = td;
    }

    /** Empties the heap into arrays, nearest first. */
    Neighbours sorted() {
        int n = size;
        int[] outIndex = new int[n];
        double[] outDist = new double[n];
        for (int k = n - 1; k >= 0; k--) {
            outIndex[k] = index[0];
            outDist[k] = dist[0];
            size--;
            if (size > 0) {
                index[0] = index[size];
                dist[0] = dist[size];
                down(0);
            }
        }
        return new Neighbours(outIndex, outDist);
    }
}
