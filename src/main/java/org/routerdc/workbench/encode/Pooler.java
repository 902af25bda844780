package org.routerdc.workbench.encode;

import java.nio.FloatBuffer;

/** Pure pooling and normalisation maths over a [batch, tokens, hidden] float buffer (row-major). */
final class Pooler {
    private Pooler() {
    }

    /** One pooled, L2-normalised vector for batch row {@code row}; MEAN averages tokens whose mask is 1. */
    static float[] pool(FloatBuffer hidden, int row, int tokens, int dim, long[] mask, Pooling pooling) {
        float[] out = new float[dim];
        int rowBase = row * tokens * dim;
        if (pooling == Pooling.CLS) {
            hidden.get(rowBase, out, 0, dim);
        } else {
            float[] token = new float[dim];
            int count = 0;
            for (int t = 0; t < tokens; t++) {
                if (mask[t] == 0) {
                    continue;
                }
                hidden.get(rowBase + t * dim, token, 0, dim);
                for (int d = 0; d < dim; d++) {
                    out[d] += token[d];
                }
                count++;
            }
            float inverse = 1f / Math.max(count, 1);
            for (int d = 0; d < dim; d++) {
                out[d] *= inverse;
            }
        }
        return normalize(out);
    }

    /** Scales {@code v} in place to unit L2 norm (a zero vector stays zero) and returns it. */
    static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        if (sum == 0) {
            return v;
        }
        float inverse = (float) (1.0 / Math.sqrt(sum));
        for (int d = 0; d < v.length; d++) {
            v[d] *= inverse;
        }
        return v;
    }
}
