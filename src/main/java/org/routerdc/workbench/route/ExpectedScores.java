package org.routerdc.workbench.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.routerdc.workbench.train.TrainedRouter;

/**
 * The score each LLM is expected to earn on a query, from the router's softmax probabilities: per LLM, a logistic
 * map from the logs of all the LLMs' probabilities to its score ({@link Method#JOINT}), fitted on the bundle's training
 * rows where it has a score. A stand-in until the routing-quality issue's calibrated expected score lands;
 * {@link #expected} is its one entry. Without a training index the probability itself is used.
 *
 * <p>Why JOINT: 5-fold cross-validation on the RouterBench training rows (never the test rows) gives it the lowest
 * Brier score and the best routing by highest expected score, ahead of a per-LLM Platt map of the LLM's own
 * probability and a per-LLM isotonic map (see {@link CalibrationCheck} and docs/cost-quality.md).
 */
public final class ExpectedScores {
    /** How an LLM's probability maps to its expected score. */
    public enum Method { PLATT, ISOTONIC, JOINT }

    private final java.util.function.DoubleUnaryOperator[] perLlm;
    private final JointMap[] joint;

    private ExpectedScores(java.util.function.DoubleUnaryOperator[] perLlm) {
        this.perLlm = perLlm;
        this.joint = null;
    }

    private ExpectedScores(JointMap[] joint) {
        this.perLlm = null;
        this.joint = joint;
    }

    /** Fitted on {@code index}'s rows (null: probabilities as they are). */
    public static ExpectedScores fit(TrainedRouter router, TrainingIndex index) {
        return fit(router, index, Method.JOINT);
    }

    public static ExpectedScores fit(TrainedRouter router, TrainingIndex index, Method method) {
        int llms = router.llms().size();
        if (index == null || index.size() == 0) {
            return new ExpectedScores(new java.util.function.DoubleUnaryOperator[llms]);
        }
        return fit(probabilities(router, index), index.scores(), allRows(index.size()), method);
    }

    static double[][] probabilities(TrainedRouter router, TrainingIndex index) {
        double[][] probabilities = new double[index.size()][];
        java.util.stream.IntStream.range(0, index.size()).parallel()
                .forEach(i -> probabilities[i] = softmax(router.scores(index.embeddings()[i])));
        return probabilities;
    }

    static int[] allRows(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    /** Fitted on the given rows of (probabilities, scores). */
    static ExpectedScores fit(double[][] probabilities, double[][] scores, int[] rows, Method method) {
        int llms = probabilities[0].length;
        if (method == Method.JOINT) {
            JointMap[] maps = new JointMap[llms];
            for (int t = 0; t < llms; t++) {
                maps[t] = JointMap.fit(probabilities, scores, rows, t);
            }
            return new ExpectedScores(maps);
        }
        java.util.function.DoubleUnaryOperator[] maps = new java.util.function.DoubleUnaryOperator[llms];
        for (int t = 0; t < llms; t++) {
            List<double[]> pairs = new ArrayList<>();
            for (int i : rows) {
                double score = scores[i][t];
                if (!Double.isNaN(score)) {
                    pairs.add(new double[]{probabilities[i][t], score});
                }
            }
            maps[t] = pairs.isEmpty() ? null : method == Method.PLATT ? PlattMap.fit(pairs) : IsotonicMap.fit(pairs);
        }
        return new ExpectedScores(maps);
    }

    /** Each LLM's expected score, in the router's LLM order. */
    public double[] expected(double[] probabilities) {
        double[] expected = new double[probabilities.length];
        if (joint != null) {
            double[] features = JointMap.features(probabilities);
            for (int t = 0; t < expected.length; t++) {
                expected[t] = joint[t] == null ? probabilities[t] : joint[t].apply(features);
            }
            return expected;
        }
        for (int t = 0; t < expected.length; t++) {
            expected[t] = perLlm[t] == null ? probabilities[t] : perLlm[t].applyAsDouble(probabilities[t]);
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
    record IsotonicMap(double[] x, double[] y) implements java.util.function.DoubleUnaryOperator {
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

        @Override
        public double applyAsDouble(double p) {
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

    /**
     * expected = sigmoid(a + b·log p), fitted by Newton's method on the cross-entropy with the scores as soft labels
     * (scores outside [0, 1] are clipped for the fit), with a tiny ridge so that separable data stays finite.
     */
    record PlattMap(double a, double b) implements java.util.function.DoubleUnaryOperator {
        private static final double RIDGE = 1e-3;

        static PlattMap fit(List<double[]> pairs) {
            double a = 0, b = 0;
            for (int iteration = 0; iteration < 50; iteration++) {
                double ga = RIDGE * a, gb = RIDGE * b, haa = RIDGE, hab = 0, hbb = RIDGE;
                for (double[] pair : pairs) {
                    double x = Math.log(Math.max(pair[0], 1e-12));
                    double y = Math.clamp(pair[1], 0, 1);
                    double p = sigmoid(a + b * x);
                    double w = p * (1 - p);
                    ga += p - y;
                    gb += (p - y) * x;
                    haa += w;
                    hab += w * x;
                    hbb += w * x * x;
                }
                double det = haa * hbb - hab * hab;
                if (!(Math.abs(det) > 1e-18)) {
                    break;
                }
                double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
                a -= da;
                b -= db;
                if (Math.abs(da) + Math.abs(db) < 1e-10) {
                    break;
                }
            }
            return new PlattMap(a, b);
        }

        @Override
        public double applyAsDouble(double probability) {
            return sigmoid(a + b * Math.log(Math.max(probability, 1e-12)));
        }

        private static double sigmoid(double z) {
            return 1 / (1 + Math.exp(-z));
        }
    }

    /**
     * expected_t = sigmoid(w · [1, log p_1, ..., log p_T]): one LLM's score from the router's whole probability vector
     * (what the router thinks of every LLM says what kind of query it is), fitted as {@link PlattMap} with a ridge.
     */
    record JointMap(double[] weights) {
        private static final double RIDGE = 1e-2;

        static double[] features(double[] probabilities) {
            double[] x = new double[probabilities.length + 1];
            x[0] = 1;
            for (int t = 0; t < probabilities.length; t++) {
                x[t + 1] = Math.log(Math.max(probabilities[t], 1e-12));
            }
            return x;
        }

        static JointMap fit(double[][] probabilities, double[][] scores, int[] rows, int llm) {
            List<double[]> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i : rows) {
                if (!Double.isNaN(scores[i][llm])) {
                    xs.add(features(probabilities[i]));
                    ys.add(Math.clamp(scores[i][llm], 0, 1));
                }
            }
            if (xs.isEmpty()) {
                return null;
            }
            int d = xs.getFirst().length;
            double[] w = new double[d];
            for (int iteration = 0; iteration < 30; iteration++) {
                double[] gradient = new double[d];
                double[][] hessian = new double[d][d];
                for (int j = 0; j < d; j++) {
                    gradient[j] = RIDGE * w[j];
                    hessian[j][j] = RIDGE;
                }
                for (int r = 0; r < xs.size(); r++) {
                    double[] x = xs.get(r);
                    double p = apply(w, x);
                    double weight = p * (1 - p);
                    for (int j = 0; j < d; j++) {
                        gradient[j] += (p - ys.get(r)) * x[j];
                        for (int k = 0; k <= j; k++) {
                            hessian[j][k] += weight * x[j] * x[k];
                        }
                    }
                }
                for (int j = 0; j < d; j++) {
                    for (int k = j + 1; k < d; k++) {
                        hessian[j][k] = hessian[k][j];
                    }
                }
                double[] step = solve(hessian, gradient);
                double size = 0;
                for (int j = 0; j < d; j++) {
                    w[j] -= step[j];
                    size += Math.abs(step[j]);
                }
                if (size < 1e-9) {
                    break;
                }
            }
            return new JointMap(w);
        }

        double apply(double[] features) {
            return apply(weights, features);
        }

        private static double apply(double[] w, double[] x) {
            double z = 0;
            for (int j = 0; j < w.length; j++) {
                z += w[j] * x[j];
            }
            return 1 / (1 + Math.exp(-z));
        }

        /** Gaussian elimination with partial pivoting (a small, positive definite system). */
        private static double[] solve(double[][] matrix, double[] vector) {
            int n = vector.length;
            double[][] a = new double[n][];
            double[] b = vector.clone();
            for (int i = 0; i < n; i++) {
                a[i] = matrix[i].clone();
            }
            for (int col = 0; col < n; col++) {
                int pivot = col;
                for (int row = col + 1; row < n; row++) {
                    pivot = Math.abs(a[row][col]) > Math.abs(a[pivot][col]) ? row : pivot;
                }
                double[] swap = a[col];
                a[col] = a[pivot];
                a[pivot] = swap;
                double t = b[col];
                b[col] = b[pivot];
                b[pivot] = t;
                for (int row = col + 1; row < n; row++) {
                    double factor = a[row][col] / a[col][col];
                    for (int k = col; k < n; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                    b[row] -= factor * b[col];
                }
            }
            double[] x = new double[n];
            for (int row = n - 1; row >= 0; row--) {
                double sum = b[row];
                for (int k = row + 1; k < n; k++) {
                    sum -= a[row][k] * x[k];
                }
                x[row] = sum / a[row][row];
            }
            return x;
        }
    }
}
