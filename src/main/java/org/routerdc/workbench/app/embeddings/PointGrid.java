package org.routerdc.workbench.app.embeddings;

import java.util.function.IntPredicate;

/**
 * Uniform grid over point coordinates (about 4 points per cell) for nearest-point lookups in near-constant time.
 * Built in O(N) with a counting sort; rebuilt whenever the coordinates change.
 */
public final class PointGrid {
    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double minY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellPoints;

    public PointGrid(double[] x, double[] y) {
        this.x = x;
        this.y = y;
        double loX = Double.POSITIVE_INFINITY, loY = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY, hiY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            loX = Math.min(loX, x[i]);
            hiX = Math.max(hiX, x[i]);
            loY = Math.min(loY, y[i]);
            hiY = Math.max(hiY, y[i]);
        }
        boolean empty = x.length == 0;
        minX = empty ? 0 : loX;
        minY = empty ? 0 : loY;
        double width = empty ? 1 : Math.max(hiX - loX, 1e-9);
        double height = empty ? 1 : Math.max(hiY - loY, 1e-9);
        cell = Math.max(Math.sqrt(width * height * 4 / Math.max(1, x.length)), Math.max(width, height) / 4096);
        columns = (int) (width / cell) + 1;
        rows = (int) (height / cell) + 1;
        cellStart = new int[columns * rows + 1];
        cellPoints = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            cellStart[cellOf(i) + 1]++;
        }
        for (int c = 0; c < columns * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = java.util.Arrays.copyOf(cellStart, cellStart.length - 1);
        for (int i = 0; i < x.length; i++) {
            cellPoints[fill[cellOf(i)]++] = i;
        }
    }

    /** The eligible point nearest to (qx, qy) within {@code radius} (data units), or -1. */
    public int nearest(double qx, double qy, double radius, IntPredicate eligible) {
        int c0 = clampColumn((int) Math.floor((qx - radius - minX) / cell));
        int c1 = clampColumn((int) Math.floor((qx + radius - minX) / cell));
        int r0 = clampRow((int) Math.floor((qy - radius - minY) / cell));
        int r1 = clampRow((int) Math.floor((qy + radius - minY) / cell));
        int best = -1;
        double bestDistance = radius * radius;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int id = r * columns + c;
                for (int k = cellStart[id]; k < cellStart[id + 1]; k++) {
                    int i = cellPoints[k];
                    double dx = x[i] - qx;
                    double dy = y[i] - qy;
                    double distance = dx * dx + dy * dy;
                    if (distance <= bestDistance && eligible.test(i)) {
                        bestDistance = distance;
                        best = i;
                    }
                }
            }
        }
        return best;
    }

    private int cellOf(int i) {
        return clampRow((int) ((y[i] - minY) / cell)) * columns + clampColumn((int) ((x[i] - minX) / cell));
    }

    private int clampColumn(int c) {
        return Math.clamp(c, 0, columns - 1);
    }

    private int clampRow(int r) {
        return Math.clamp(r, 0, rows - 1);
    }
}
