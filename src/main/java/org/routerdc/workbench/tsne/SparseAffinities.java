package org.routerdc.workbench.tsne;

import java.util.Arrays;

/**
 * The symmetric joint affinities P = (P_cond + P_condᵀ) / (2N) in compressed sparse rows, columns sorted.
 * Σ P = 1. Built in a fixed order so the values are bit-identical run to run.
 */
record SparseAffinities(int[] rowStart, int[] columns, double[] values) {
    int n() {
        return rowStart.length - 1;
    }

    static SparseAffinities from(KnnGraph knn, double perplexity, Workers workers) {
        int n = knn.indices().length;
        double[][] conditional = new double[n][];
        workers.forChunks(n, 64, (from, to) -> {
            for (int i = from; i < to; i++) {
                double[] d = knn.distances()[i];
                double[] d2 = new double[d.length];
                for (int j = 0; j < d.length; j++) {
                    d2[j] = d[j] * d[j];
                }
                conditional[i] = PerplexityCalibration.conditional(d2, perplexity);
            }
        });
        return symmetrise(knn.indices(), conditional);
    }

    /** (P + Pᵀ) / (2N) from row-wise conditional probabilities over neighbour lists. */
    static SparseAffinities symmetrise(int[][] neighbours, double[][] conditional) {
        int n = neighbours.length;
        int[] count = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int j : neighbours[i]) {
                count[i + 1]++;
                count[j + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        int[] cols = new int[count[n]];
        double[] vals = new double[count[n]];
        int[] next = Arrays.copyOf(count, n);
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < neighbours[i].length; t++) {
                int j = neighbours[i][t];
                double v = conditional[i][t] / (2.0 * n);
                cols[next[i]] = j;
                vals[next[i]++] = v;
                cols[next[j]] = i;
                vals[next[j]++] = v;
            }
        }
        return mergeRows(count, cols, vals);
    }

    /** Sorts each row by column (stable) and sums duplicate entries. */
    private static SparseAffinities mergeRows(int[] start, int[] cols, double[] vals) {
        int n = start.length - 1;
        int[] outStart = new int[n + 1];
        int[] outCols = new int[cols.length];
        double[] outVals = new double[cols.length];
        int w = 0;
        for (int i = 0; i < n; i++) {
            int len = start[i + 1] - start[i];
            long[] keys = new long[len];
            for (int t = 0; t < len; t++) {
                keys[t] = ((long) cols[start[i] + t] << 32) | t;
            }
            Arrays.sort(keys);
            outStart[i] = w;
            int last = -1;
            for (long key : keys) {
                int c = (int) (key >>> 32);
                double v = vals[start[i] + (int) key];
                if (c == last) {
                    outVals[w - 1] += v;
                } else {
                    outCols[w] = c;
                    outVals[w++] = v;
                    last = c;
                }
            }
        }
        outStart[n] = w;
        return new SparseAffinities(outStart, Arrays.copyOf(outCols, w), Arrays.copyOf(outVals, w));
    }

    /** Σ p log p over the stored entries: the constant part of KL(P || Q). */
    double entropyTerm() {
        double s = 0;
        for (double v : values) {
            if (v > 0) {
                s += v * Math.log(v);
            }
        }
        return s;
    }
}
