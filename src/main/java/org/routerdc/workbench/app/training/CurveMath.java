package org.routerdc.workbench.app.training;

import java.util.Arrays;

/** Pure functions behind the training charts: TensorBoard's debiased EMA smoothing and min/max downsampling. */
public final class CurveMath {
    private CurveMath() {
    }

    /**
     * Exponential moving average with TensorBoard's debiasing: s_i = w·s_{i-1} + (1−w)·y_i, divided by 1 − w^(i+1),
     * so the start is not pulled towards zero. Weight 0 returns the values unchanged. Non-finite values are skipped.
     */
    public static double[] smooth(double[] values, double weight) {
        double[] out = new double[values.length];
        double last = 0;
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                out[i] = v;
                continue;
            }
            last = last * weight + (1 - weight) * v;
            count++;
            double debias = weight == 1 ? 1 : 1 - Math.pow(weight, count);
            out[i] = weight == 1 ? values[0] : last / debias;
        }
        return out;
    }

    /**
     * Indices of the points to draw so that at most about {@code 2·buckets} points remain: per bucket of consecutive
     * points the one with the lowest and the one with the highest value (in order), plus the first and last point.
     * Spikes survive, which plain striding would drop.
     */
    public static int[] minMaxIndices(double[] values, int buckets) {
        int n = values.length;
        if (n <= 2L * buckets + 2) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] picked = new int[2 * buckets + 2];
        int count = 0;
        picked[count++] = 0;
        for (int b = 0; b < buckets; b++) {
            int from = 1 + (int) ((long) b * (n - 2) / buckets);
            int to = 1 + (int) ((long) (b + 1) * (n - 2) / buckets);
            int min = from;
            int max = from;
            for (int i = from; i < to; i++) {
                if (values[i] < values[min]) {
                    min = i;
                }
                if (values[i] > values[max]) {
                    max = i;
                }
            }
            if (to > from) {
                picked[count++] = Math.min(min, max);
                if (min != max) {
                    picked[count++] = Math.max(min, max);
                }
            }
        }
        picked[count++] = n - 1;
        return Arrays.copyOf(picked, count);
    }

    /** log10 of a positive value; non-positive values have no place on a log axis (NaN). */
    public static double log10(double value) {
        return value > 0 ? Math.log10(value) : Double.NaN;
    }
}
