package org.routerdc.workbench.route;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.routerdc.workbench.train.TrainedRouter;

/**
 * Compares the ways of mapping a router's probabilities to expected scores by k-fold cross-validation on the bundle's
 * own training rows (never test rows): Brier score of the expected scores, and the accuracy of sending each held-out
 * row to its highest expected score. Run: java -cp target/classes:target/lib/* org.routerdc.workbench.route.CalibrationCheck DIR.router [folds]
 */
public final class CalibrationCheck {
    private CalibrationCheck() {
    }

    public static void main(String[] args) throws Exception {
        LoadedRouter bundle = RouterBundles.load(Path.of(args[0]));
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        TrainedRouter router = bundle.router();
        TrainingIndex index = bundle.trainingIndex();
        double[][] probabilities = ExpectedScores.probabilities(router, index);
        int n = index.size();
        int[] fold = new int[n];
        Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            fold[i] = random.nextInt(folds);
        }
        for (ExpectedScores.Method method : ExpectedScores.Method.values()) {
            double squared = 0, chosen = 0;
            int cells = 0, rows = 0;
            for (int f = 0; f < folds; f++) {
                int k = f;
                int[] train = java.util.stream.IntStream.range(0, n).filter(i -> fold[i] != k).toArray();
                ExpectedScores fitted = ExpectedScores.fit(probabilities, index.scores(), train, method);
                for (int i = 0; i < n; i++) {
                    if (fold[i] != f) {
                        continue;
                    }
                    double[] expected = fitted.expected(probabilities[i]);
                    int best = 0;
                    for (int t = 0; t < expected.length; t++) {
                        double score = index.scores()[i][t];
                        if (!Double.isNaN(score)) {
                            squared += (expected[t] - score) * (expected[t] - score);
                            cells++;
                        }
                        best = expected[t] > expected[best] ? t : best;
                    }
                    if (!Double.isNaN(index.scores()[i][best])) {
                        chosen += index.scores()[i][best];
                        rows++;
                    }
                }
            }
            System.out.println(String.format(Locale.ROOT, "%-9s %d-fold on %d training rows: Brier %.4f, mean score of the"
                    + " highest expected %.4f", method, folds, n, squared / cells, chosen / rows));
        }
        int[] argmaxProbability = new int[1];
        double plain = 0;
        for (int i = 0; i < n; i++) {
            double[] p = probabilities[i];
            argmaxProbability[0] = 0;
            for (int t = 1; t < p.length; t++) {
                argmaxProbability[0] = p[t] > p[argmaxProbability[0]] ? t : argmaxProbability[0];
            }
            plain += Double.isNaN(index.scores()[i][argmaxProbability[0]]) ? 0 : index.scores()[i][argmaxProbability[0]];
        }
        System.out.println(String.format(Locale.ROOT, "router's own argmax on the same rows: mean score %.4f", plain / n));
    }
}
