package org.routerdc.workbench.tsne;

import java.util.Arrays;

/**
 * A quadtree over a 2-D layout, built top-down by splitting index ranges into quadrants, stored flat for fast
 * traversal: per node, {@code cell} holds [centre-of-mass x, y, squared cell width, point count] and {@code link}
 * holds [first child, child count, first point, end point]; only non-empty children exist and they are contiguous.
 * Points are reordered into tree order ({@code order}, coordinates in {@code sorted}) so a leaf's points are
 * adjacent in memory. A leaf holds at most {@link #LEAF_SIZE} points (more only for duplicates or at the depth limit).
 */
final class QuadTree {
    static final int LEAF_SIZE = 8;
    private static final int MAX_DEPTH = 48;

    final int[] order;
    final double[] sorted;
    double[] cell = new double[64];
    int[] link = new int[64];
    private int nodes;
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
        allocate(1);
        build(0, 0, n, (minX + maxX) / 2, (minY + maxY) / 2, half, 0);
        scratch = null;
        sorted = new double[2 * n];
        for (int k = 0; k < n; k++) {
            sorted[2 * k] = y[2 * order[k]];
            sorted[2 * k + 1] = y[2 * order[k] + 1];
        }
    }

    private void build(int node, int from, int to, double cx, double cy, double half, int depth) {
        double sx = 0, sy = 0;
        for (int k = from; k < to; k++) {
            sx += y[2 * order[k]];
            sy += y[2 * order[k] + 1];
        }
        cell[4 * node] = sx / (to - from);
        cell[4 * node + 1] = sy / (to - from);
        cell[4 * node + 2] = 4 * half * half;
        cell[4 * node + 3] = to - from;
        link[4 * node] = -1;
        link[4 * node + 1] = 0;
        link[4 * node + 2] = from;
        link[4 * node + 3] = to;
        if (to - from <= LEAF_SIZE || depth >= MAX_DEPTH || allSame(from, to)) {
            return;
        }
        int[] bounds = partition(from, to, cx, cy);
        int children = 0;
        for (int q = 0; q < 4; q++) {
            children += bounds[q + 1] > bounds[q] ? 1 : 0;
        }
        int first = allocate(children);
        link[4 * node] = first;
        link[4 * node + 1] = children;
        int child = first;
        for (int q = 0; q < 4; q++) {
            if (bounds[q + 1] > bounds[q]) {
                double qx = cx + ((q & 1) == 0 ? -half / 2 : half / 2);
                double qy = cy + ((q & 2) == 0 ? -half / 2 : half / 2);
                build(child++, bounds[q], bounds[q + 1], qx, qy, half / 2, depth + 1);
            }
        }
    }

    /** Stable counting sort of order[from, to) into the four quadrants around (cx, cy). */
    private int[] partition(int from, int to, double cx, double cy) {
        int[] bounds = new int[5];
        for (int k = from; k < to; k++) {
            bounds[quadrant(order[k], cx, cy) + 1]++;
        }
        bounds[0] = from;
        for (int q = 0; q < 4; q++) {
            bounds[q + 1] += bounds[q];
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

    /** Reserves {@code count} consecutive nodes and returns the first. */
    private int allocate(int count) {
        if (4 * (nodes + count) > cell.length) {
            int size = Math.max(cell.length * 2, 4 * (nodes + count));
            cell = Arrays.copyOf(cell, size);
            link = Arrays.copyOf(link, size);
        }
        int first = nodes;
        nodes += count;
        return first;
    }
}
