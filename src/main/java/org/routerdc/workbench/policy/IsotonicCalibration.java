package org.routerdc.workbench.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A non-decreasing map from one LLM's router score to its expected score, fitted by weighted pool-adjacent-violators
 * (isotonic regression) and applied by linear interpolation between the pooled blocks' centres.
 *
 * @param knotScores   block centres, increasing
 * @param knotExpected expected score at each centre, non-decreasing
 */
public record IsotonicCalibration(double[] knotScores, double[] knotExpected) {
    public IsotonicCalibration {
        if (knotScores.length == 0 || knotScores.length != knotExpected.length) {
            throw new IllegalArgumentException("calibration needs as many expected values as knots, and at least one");
        }
    }

    /** @param x router scores, @param y observed credit (NaN entries are left out), @param w row weights */
    public static IsotonicCalibration fit(double[] x, double[] y, double[] w) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        List<double[]> blocks = new ArrayList<>(); // {weight, weighted x sum, weighted y sum}
        for (int i : order) {
            if (Double.isNaN(y[i]) || !(w[i] > 0)) {
                continue;
            }
            blocks.add(new double[]{w[i], w[i] * x[i], w[i] * y[i]});
            while (blocks.size() > 1 && mean(blocks.get(blocks.size() - 2)) >= mean(blocks.getLast())) {
                double[] last = blocks.removeLast();
                double[] previous = blocks.getLast();
                for (int k = 0; k < 3; k++) {
                    previous[k] += last[k];
                }
            }
        }
        if (blocks.isEmpty()) {
            return new IsotonicCalibration(new double[]{0}, new double[]{0});
        }
        double[] knots = new double[blocks.size()];
        double[] values = new double[blocks.size()];
        for (int b = 0; b < knots.length; b++) {
            knots[b] = blocks.get(b)[1] / blocks.get(b)[0];
            values[b] = mean(blocks.get(b));
        }
        return new IsotonicCalibration(knots, values);
    }

    private static double mean(double[] block) {
        return block[2] / block[0];
    }

    public double apply(double score) {
        int n = knotScores.length;
        if (score <= knotScores[0]) {
            return knotExpected[0];
        }
        if (score >= knotScores[n - 1]) {
            return knotExpected[n - 1];
        }
        int hi = Arrays.binarySearch(knotScores, score);
        if (hi >= 0) {
            return knotExpected[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        double share = (score - knotScores[lo]) / (knotScores[hi] - knotScores[lo]);
        return knotExpected[lo] + share * (knotExpected[hi] - knotExpected[lo]);
    }
}
