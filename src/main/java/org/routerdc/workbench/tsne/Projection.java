package org.routerdc.workbench.tsne;

/**
 * The fixed preprocessing of input rows: optional L2 normalisation (cosine), centring, and projection on
 * principal components ({@code components} null = keep all dimensions). Kept by the model so new points are
 * mapped exactly like the reference.
 */
record Projection(boolean normalise, double[] mean, double[][] components) {
    int outputDim(int inputDim) {
        return components == null ? inputDim : components.length;
    }

    double[] apply(float[] row) {
        int d = row.length;
        double[] x = new double[d];
        double norm = 0;
        for (int k = 0; k < d; k++) {
            x[k] = row[k];
            norm += x[k] * x[k];
        }
        double scale = normalise && norm > 0 ? 1 / Math.sqrt(norm) : 1;
        for (int k = 0; k < d; k++) {
            x[k] = x[k] * scale - mean[k];
        }
        if (components == null) {
            return x;
        }
        double[] out = new double[components.length];
        for (int c = 0; c < components.length; c++) {
            double[] comp = components[c];
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += comp[k] * x[k];
            }
            out[c] = s;
        }
        return out;
    }

    Points applyAll(float[][] rows, Workers workers) {
        int dim = outputDim(rows[0].length);
        double[] values = new double[rows.length * dim];
        workers.forChunks(rows.length, 256, (from, to) -> {
            for (int i = from; i < to; i++) {
                System.arraycopy(apply(rows[i]), 0, values, i * dim, dim);
            }
        });
        return new Points(values, rows.length, dim);
    }
}
