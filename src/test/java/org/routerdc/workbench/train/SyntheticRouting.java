package org.routerdc.workbench.train;

import java.util.List;
import org.routerdc.workbench.data.Metric;

/**
 * Four tasks along random directions in 32-d (noisy, normalised); five LLMs where LLM t (t < 4) always solves
 * task t and every other LLM solves a query with probability 0.3. Perfect routing scores 100%, random about 44%.
 * Tasks 0-1 form dataset "alpha", 2-3 "beta"; no cluster ids (the trainer runs k-means).
 */
final class SyntheticRouting {
    static final int DIMENSION = 32;
    static final int LLMS = 5;

    private SyntheticRouting() {
    }

    static TrainingData generate(int rows, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[][] directions = new float[4][DIMENSION];
        for (float[] direction : directions) {
            for (int j = 0; j < DIMENSION; j++) {
                direction[j] = (float) random.nextGaussian();
            }
            normalise(direction);
        }
        float[][] embeddings = new float[rows][DIMENSION];
        double[][] scores = new double[rows][LLMS];
        int[] datasets = new int[rows];
        for (int i = 0; i < rows; i++) {
            int task = i % 4;
            for (int j = 0; j < DIMENSION; j++) {
                embeddings[i][j] = directions[task][j] + (float) (0.15 * random.nextGaussian());
            }
            normalise(embeddings[i]);
            for (int t = 0; t < LLMS; t++) {
                scores[i][t] = t == task || random.nextDouble() < 0.3 ? 1 : 0;
            }
            datasets[i] = task / 2;
        }
        return new TrainingData(embeddings, scores, null, datasets, List.of("alpha", "beta"),
                List.of(Metric.BINARY, Metric.BINARY), List.of("m0", "m1", "m2", "m3", "m4"));
    }

    private static void normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < v.length; j++) {
            v[j] /= (float) norm;
        }
    }

    /** Routing accuracy (percent, binary) of a pure-Java router over all rows. */
    static double accuracy(TrainedRouter router, TrainingData data) {
        int correct = 0;
        for (int i = 0; i < data.size(); i++) {
            correct += data.scores()[i][router.route(data.embeddings()[i])] > 0 ? 1 : 0;
        }
        return 100.0 * correct / data.size();
    }
}
