package org.routerdc.workbench.tsne;

/** Conversions between the flat [x0, y0, x1, y1, ...] layout used inside and N×2 rows used outside. */
final class Layouts {
    private Layouts() {
    }

    static double[][] toRows(double[] y) {
        double[][] rows = new double[y.length / 2][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[]{y[2 * i], y[2 * i + 1]};
        }
        return rows;
    }

    static double[] flatten(double[][] rows) {
        double[] y = new double[rows.length * 2];
        for (int i = 0; i < rows.length; i++) {
            y[2 * i] = rows[i][0];
            y[2 * i + 1] = rows[i][1];
        }
        return y;
    }
}
