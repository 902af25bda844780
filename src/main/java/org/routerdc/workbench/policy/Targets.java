package org.routerdc.workbench.policy;

import org.routerdc.workbench.train.TrainingData;

/**
 * What a router should predict per training row: each LLM's credit under the row's dataset metric (the score for a
 * graded dataset, 1 or 0 for a binary one; NaN where the table has no score), and row weights under which every
 * dataset weighs the same.
 */
record Targets(double[][] credit, double[] weight) {
    static Targets of(TrainingData data) {
        int n = data.size();
        int datasets = data.datasetNames().size();
        int[] count = new int[datasets];
        for (int d : data.datasetIndex()) {
            count[d]++;
        }
        int present = 0;
        for (int c : count) {
            present += c > 0 ? 1 : 0;
        }
        double[][] credit = new double[n][];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            int d = data.datasetIndex()[i];
            double[] scores = data.scores()[i];
            credit[i] = new double[scores.length];
            for (int t = 0; t < scores.length; t++) {
                credit[i][t] = Double.isFinite(scores[t]) ? data.datasetMetrics().get(d).credit(scores[t]) : Double.NaN;
            }
            weight[i] = 1.0 / ((double) count[d] * present);
        }
        return new Targets(credit, weight);
    }

    int llms() {
        return credit[0].length;
    }

    /** Weighted mean credit per LLM over the given rows (NaN cells left out); {@code fallback} where none. */
    double[] mean(int[] rows, double[] fallback) {
        double[] sum = new double[llms()];
        double[] total = new double[llms()];
        for (int i : rows) {
            for (int t = 0; t < sum.length; t++) {
                if (!Double.isNaN(credit[i][t])) {
                    sum[t] += weight[i] * credit[i][t];
                    total[t] += weight[i];
                }
            }
        }
        double[] mean = new double[sum.length];
        for (int t = 0; t < mean.length; t++) {
            mean[t] = total[t] > 0 ? sum[t] / total[t] : fallback[t];
        }
        return mean;
    }

    /** True when on every row all LLMs with a score get the same credit. */
    boolean allTie() {
        for (double[] row : credit) {
            double first = Double.NaN;
            for (double c : row) {
                if (Double.isNaN(c)) {
                    continue;
                }
                if (Double.isNaN(first)) {
                    first = c;
                } else if (c != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
