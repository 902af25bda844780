package org.routerdc.workbench.policy;

import org.routerdc.workbench.eval.RoutingAccuracy;
import org.routerdc.workbench.train.TrainingData;

/** Accuracy (percent, averaged over datasets as `eval` does) of per-row predictions made for held-out rows. */
final class OutOfFoldAccuracy {
    private OutOfFoldAccuracy() {
    }

    /** @param predicted one row of expected scores per training row (each made without that row) */
    static double of(TrainingData data, double[][] predicted) {
        return ofChoices(data, choices(predicted));
    }

    /** The LLM each row's predictions pick. */
    static int[] choices(double[][] predicted) {
        int[] choices = new int[predicted.length];
        for (int i = 0; i < choices.length; i++) {
            choices[i] = RoutingAccuracy.argmax(predicted[i]);
        }
        return choices;
    }

    static double ofChoices(TrainingData data, int[] choices) {
        int datasets = data.datasetNames().size();
        double[] sum = new double[datasets];
        int[] count = new int[datasets];
        for (int i = 0; i < choices.length; i++) {
            double[] scores = data.scores()[i];
            if (!allFinite(scores)) {
                continue; // as evaluation does: a row missing any LLM's score is skipped
            }
            int d = data.datasetIndex()[i];
            sum[d] += data.datasetMetrics().get(d).credit(scores[choices[i]]);
            count[d]++;
        }
        double total = 0;
        int present = 0;
        for (int d = 0; d < datasets; d++) {
            if (count[d] > 0) {
                total += 100.0 * sum[d] / count[d];
                present++;
            }
        }
        return present == 0 ? 0 : total / present;
    }

    /**
     * Standard error (percentage points) of the difference between two ways of routing the same rows, in the
     * dataset-averaged accuracy: per dataset the variance of the paired per-row difference over its row count, the
     * datasets weighing the same.
     */
    static double standardErrorOfDifference(TrainingData data, int[] a, int[] b) {
        int datasets = data.datasetNames().size();
        double[] sum = new double[datasets];
        double[] sumOfSquares = new double[datasets];
        int[] count = new int[datasets];
        for (int i = 0; i < a.length; i++) {
            double[] scores = data.scores()[i];
            if (!allFinite(scores)) {
                continue;
            }
            int d = data.datasetIndex()[i];
            double difference = data.datasetMetrics().get(d).credit(scores[a[i]]) - data.datasetMetrics().get(d).credit(scores[b[i]]);
            sum[d] += difference;
            sumOfSquares[d] += difference * difference;
            count[d]++;
        }
        double variance = 0;
        int present = 0;
        for (int d = 0; d < datasets; d++) {
            if (count[d] > 1) {
                double mean = sum[d] / count[d];
                variance += (sumOfSquares[d] / count[d] - mean * mean) * count[d] / (count[d] - 1) / count[d];
                present++;
            }
        }
        return present == 0 ? 0 : 100 * Math.sqrt(variance) / present;
    }

    private static boolean allFinite(double[] scores) {
        for (double s : scores) {
            if (!Double.isFinite(s)) {
                return false;
            }
        }
        return true;
    }
}
