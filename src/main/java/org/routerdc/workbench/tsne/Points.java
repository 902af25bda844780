package org.routerdc.workbench.tsne;

/** n points of dimension dim, row-major in one array (cache-friendly for neighbour search). */
record Points(double[] values, int n, int dim) {
    double squaredDistance(int i, int j) {
        double sum = 0;
        int a = i * dim;
        int b = j * dim;
        for (int k = 0; k < dim; k++) {
            double d = values[a + k] - values[b + k];
            sum += d * d;
        }
        return sum;
    }

    double squaredDistanceTo(double[] query, int j) {
        double sum = 0;
        int b = j * dim;
        for (int k = 0; k < dim; k++) {
            double d = query[k] - values[b + k];
            sum += d * d;
        }
        return sum;
    }

    double[] row(int i) {
        double[] row = new double[dim];
        System.arraycopy(values, i * dim, row, 0, dim);
        return row;
    }
}
