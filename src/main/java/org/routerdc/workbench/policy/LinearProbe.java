package org.routerdc.workbench.policy;

/**
 * A second head that predicts each LLM's expected credit directly: one linear map per LLM from the query embedding
 * (plus an intercept) to its credit, fitted by ridge regression ({@link ProbeFit}). Unlike the RouterDC head it has
 * no seed and no steps, so it adds signal to the mix without adding variance.
 *
 * @param weights per LLM, the embedding's weights followed by the intercept ([LLMs][dimension + 1])
 */
public record LinearProbe(float[][] weights) {
    public LinearProbe {
        if (weights.length == 0) {
            throw new IllegalArgumentException("linear probe: no LLMs");
        }
        for (float[] row : weights) {
            if (row.length != weights[0].length || row.length < 2) {
                throw new IllegalArgumentException("linear probe: every LLM needs dimension + 1 weights");
            }
        }
    }

    public int dimension() {
        return weights[0].length - 1;
    }

    /** Predicted credit per LLM for one query embedding. */
    public double[] expected(float[] embedding) {
        if (embedding.length != dimension()) {
            throw new IllegalArgumentException("linear probe: embedding has " + embedding.length
                    + " values, the probe expects " + dimension());
        }
        double[] out = new double[weights.length];
        for (int t = 0; t < out.length; t++) {
            float[] w = weights[t];
            double sum = w[w.length - 1];
            for (int j = 0; j < embedding.length; j++) {
                sum += w[j] * embedding[j];
            }
            out[t] = sum;
        }
        return out;
    }
}
