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
     * @return mean credit over rows, times 100 (0 for an empty dataset)
     */
    public static double percent(double[][] scores, int[] choices, Metric metric) {
        if (scores.length != choices.length) {
            throw new IllegalArgumentException(scores.length + " rows but " + choices.length + " choices");
        }
        if (scores.length == 0) {
            return 0;
        }
        double total = 0;
        for (int row = 0; row < scores.length; row++) {
            total += metric.credit(scores[row][choices[row]]);
        }
        return 100.0 * total / scores.length;
    }

    /** Index of the largest value (first on ties). */
    public static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
