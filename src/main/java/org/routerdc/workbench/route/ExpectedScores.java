package org.routerdc.workbench.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.routerdc.workbench.train.TrainedRouter;

/**
 * The score each LLM is expected to earn on a query, from the router's softmax probabilities: per LLM, an isotonic
 * (non-decreasing) map from its probability to its score, fitted on the bundle's training rows where it has a score.
 * A stand-in until the routing-quality issue's calibrated expected score lands; {@link #expected} is its one entry.
 * Without a training index the probability itself is used.
 */
public final class ExpectedScores {
    private final IsotonicMap[] perLlm;

    private ExpectedScores(IsotonicMap[] perLlm) {
        this.perLlm = perLlm;
    }

    /** Fitted on {@code index}'s rows (null: probabilities as they are). */
    public static ExpectedScores fit(TrainedRouter router, TrainingIndex index) {
        int llms = router.llms().size();
        IsotonicMap[] maps = new IsotonicMap[llms];
        if (index == null || index.size() == 0) {
            return new ExpectedScores(maps);
        }
        double[][] probabilities = new double[index.size()][];
        java.util.stream.IntStream.range(0, index.size()).parallel()
                .forEach(i -> probabilities[i] = softmax(router.scores(index.embeddings()[i])));
        for (int t = 0; t < llms; t++) {
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < index.size(); i++) {
                double score = index.scores()[i][t];
                if (!Double.isNaN(score)) {
                    pairs.add(new double[]{probabilities[i][t], score});
                }
            }
            maps[t] = pairs.isEmpty() ? null : IsotonicMap.fit(pairs);
        }
        return new ExpectedScores(maps);
    }

    /** Each LLM's expected score, in the router's LLM order. */
    public double[] expected(double[] probabilities) {
        double[] expected = new double[probabilities.length];
        for (int t = 0; t < expected.length; t++) {
            expected[t] = perLlm[t] == null ? probabilities[t] : perLlm[t].apply(probabilities[t]);
        }
        return expected;
    }

    /** The router's probabilities for its cos/tau scores. */
    public static double[] softmax(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        double sum = 0;
        double[] p = new double[scores.length];
        for (int t = 0; t < scores.length; t++) {
            p[t] = Math.exp(scores[t] - max);
            sum += p[t];
        }
        for (int t = 0; t < scores.length; t++) {
            p[t] /= sum;
        }
        return p;
    }

    /** Pool-adjacent-violators fit; prediction interpolates linearly between block centres, flat outside. */
    record IsotonicMap(double[] x, double[] y) {
        static IsotonicMap fit(List<double[]> pairs) {
            pairs.sort((a, b) -> Double.compare(a[0], b[0]));
            int n = pairs.size();
            double[] sumX = new double[n], sumY = new double[n];
            int[] count = new int[n];
            int blocks = 0;
            for (double[] pair : pairs) {
                sumX[blocks] = pair[0];
                sumY[blocks] = pair[1];
                count[blocks] = 1;
                blocks++;
                while (blocks > 1 && sumY[blocks - 2] / count[blocks - 2] >= sumY[blocks - 1] / count[blocks - 1]) {
                    sumX[blocks - 2] += sumX[blocks - 1];
                    sumY[blocks - 2] += sumY[blocks - 1];
                    count[blocks - 2] += count[blocks - 1];
                    blocks--;
                }
            }
            double[] x = new double[blocks], y = new double[blocks];
            for (int b = 0; b < blocks; b++) {
                x[b] = sumX[b] / count[b];
                y[b] = sumY[b] / count[b];
            }
            return new IsotonicMap(x, y);
        }

        double apply(double p) {
            if (p <= x[0]) {
                return y[0];
            }
            if (p >= x[x.length - 1]) {
                return y[y.length - 1];
            }
            int hi = Arrays.binarySearch(x, p);
            if (hi >= 0) {
                return y[hi];
            }
            hi = -hi - 1;
            int lo = hi - 1;
            double w = (p - x[lo]) / (x[hi] - x[lo]);
            return y[lo] + w * (y[hi] - y[lo]);
        }
    }
}
