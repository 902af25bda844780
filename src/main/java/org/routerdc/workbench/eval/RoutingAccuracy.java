package org.routerdc.workbench.eval;

import org.routerdc.workbench.data.Metric;

/** Accuracy of a routing decision over one dataset, in percent. */
public final class RoutingAccuracy {
    private RoutingAccuracy() {
    }

    /**
     * @param scores  rows x LLMs score matrix
     * @param choices the LLM index chosen for each row
     * @param metric  how a chosen score counts
     * @return mean credit over the complete rows (every LLM scored), times 100 (0 when there are none); rows with a
     *         hole are left out, so that every router and baseline is compared on the same rows
     */
    public static double percent(double[][] scores, int[] choices, Metric metric) {
        if (scores.length != choices.length) {
            throw new IllegalArgumentException(scores.length + " rows but " + choices.length + " choices");
        }
        if (scores.length == 0) {
            return 0;
        }
        double total = 0;
        int counted = 0;
        for (int row = 0; row < scores.length; row++) {
            if (isComplete(scores[row])) {
                total += metric.credit(scores[row][choices[row]]);
                counted++;
            }
        }
        return counted == 0 ? 0 : 100.0 * total / counted;
    }

    /** Rows with a hole (some LLM without a score), which {@link #percent} leaves out. */
    public static int incomplete(double[][] scores) {
        int count = 0;
        for (double[] row : scores) {
            count += isComplete(row) ? 0 : 1;
        }
        return count;
    }

    static boolean isComplete(double[] row) {
        for (double value : row) {
            if (Double.isNaN(value)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the largest value, NaN (a missing score) skipped (first on ties; 0 when all are NaN). */
    public static int argmax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return Math.max(best, 0);
    }
}
