package org.routerdc.workbench.tsne;

import java.util.Arrays;

/**
 * A quadtree over a 2-D layout in flat arrays, built top-down by splitting index ranges into quadrants. Each node
 * knows its point count, centre of mass and cell width; a leaf owns a range of {@link #order} (at most
 * {@link #LEAF_SIZE} points, more only for duplicates or at the depth limit).
 */
final class QuadTree {
    static final int LEAF_SIZE = 4;
    private static final int MAX_DEPTH = 48;

    final int[] order;
    int nodes;
    int[] firstChild = new int[16]; // index of 4 consecutive children, or -1 for a leaf
    int[] start = new int[16];
    int[] end = new int[16];
    double[] width = new double[16];
    double[] massX = new double[16];
    double[] massY = new double[16];

    private final double[] y;
    private int[] scratch;

    QuadTree(double[] y) {
        this.y = y;
        int n = y.length / 2;
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        scratch = new int[n];
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, y[2 * i]);
            maxX = Math.max(maxX, y[2 * i]);
            minY = Math.min(minY, y[2 * i + 1]);
            maxY = Math.max(maxY, y[2 * i + 1]);
        }
        double half = Math.max(Math.max(maxX - minX, maxY - minY), 1e-12) / 2 * (1 + 1e-9);
        build(allocate(), 0, n, (minX + maxX) / 2, (minY + maxY) / 2, half, 0);
        scratch = null;
    }

    private void build(int node, int from, int to, double cx, double cy, double half, int depth) {
        start[node] = from;
        end[node] = to;
        firstChild[node] = -1;
        if (from == to) {
            width[node] = 0;
            return;
        }
        width[node] = 2 * half;
        double sx = 0, sy = 0;
        for (int k = from; k < to; k++) {
            sx += y[2 * order[k]];
            sy += y[2 * order[k] + 1];
        }
        massX[node] = sx / (to - from);
        massY[node] = sy / (to - from);
        if (to - from <= LEAF_SIZE || depth >= MAX_DEPTH || allSame(from, to)) {
            return;
        }
        int[] bounds = partition(from, to, cx, cy);
        int children = allocate();
        for (int q = 1; q < 4; q++) {
            allocate();
        }
        firstChild[node] = children;
        for (int q = 0; q < 4; q++) {
            double qx = cx + ((q & 1) == 0 ? -half / 2 : half / 2);
            double qy = cy + ((q & 2) == 0 ? -half / 2 : half / 2);
            build(children + q, bounds[q], bounds[q + 1], qx, qy, half / 2, depth + 1);
        }
    }

    /** Stable counting sort of order[from, to) into the four quadrants around (cx, cy). */
    private int[] partition(int from, int to, double cx, double cy) {
        int[] count = new int[5];
        for (int k = from; k < to; k++) {
            count[quadrant(order[k], cx, cy) + 1]++;
        }
        int[] bounds = new int[5];
        bounds[0] = from;
        for (int q = 0; q < 4; q++) {
            bounds[q + 1] = bounds[q] + count[q + 1];
        }
        int[] next = Arrays.copyOf(bounds, 4);
        for (int k = from; k < to; k++) {
            int p = order[k];
            scratch[next[quadrant(p, cx, cy)]++] = p;
        }
        System.arraycopy(scratch, from, order, from, to - from);
        return bounds;
    }

    private int quadrant(int p, double cx, double cy) {
        return (y[2 * p] < cx ? 0 : 1) + (y[2 * p + 1] < cy ? 0 : 2);
    }

    private boolean allSame(int from, int to) {
        int first = order[from];
        for (int k = from + 1; k < to; k++) {
            int p = order[k];
            if (y[2 * p] != y[2 * first] || y[2 * p + 1] != y[2 * first + 1]) {
                return false;
            }
        }
        return true;
    }

    private int allocate() {
        if (nodes == firstChild.length) {
            int size = nodes * 2;
            firstChild = Arrays.copyOf(firstChild, size);
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            width = Arrays.copyOf(width, size);
            massX = Arrays.copyOf(massX, size);
            massY = Arrays.copyOf(massY, size);
        }
        return nodes++;
    }
}
