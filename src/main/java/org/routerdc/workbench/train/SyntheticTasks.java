package org.routerdc.workbench.train;

import java.util.ArrayList;
import java.util.List;
import org.routerdc.workbench.data.Metric;

/**
 * Synthetic routing data for benchmarks: {@code tasks} random directions in d dimensions, each row a normalised
 * noisy copy of its task's direction. Each LLM has a per-task success probability (drawn once); scores are 0/1
 * draws from it. Tasks are split over two datasets.
 */
public final class SyntheticTasks {
    private SyntheticTasks() {
    }

    public static TrainingData generate(int rows, int d, int tasks, int llms, double noise, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[][] directions = new float[tasks][d];
        double[][] skill = new double[tasks][llms];
        for (int t = 0; t < tasks; t++) {
            for (int j = 0; j < d; j++) {
                directions[t][j] = (float) random.nextGaussian();
            }
            normalise(directions[t]);
            for (int m = 0; m < llms; m++) {
                skill[t][m] = 0.2 + 0.6 * random.nextDouble();
            }
        }
        float[][] embeddings = new float[rows][d];
        double[][] scores = new double[rows][llms];
        int[] datasets = new int[rows];
        for (int i = 0; i < rows; i++) {
            int task = random.nextInt(tasks);
            for (int j = 0; j < d; j++) {
                embeddings[i][j] = directions[task][j] + (float) (noise * random.nextGaussian() / Math.sqrt(d));
            }
            normalise(embeddings[i]);
            for (int m = 0; m < llms; m++) {
                scores[i][m] = random.nextDouble() < skill[task][m] ? 1 : 0;
            }
            datasets[i] = task % 2;
        }
        List<String> names = new ArrayList<>();
        for (int m = 0; m < llms; m++) {
            names.add("llm" + m);
        }
        return new TrainingData(embeddings, scores, null, datasets, List.of("even-tasks", "odd-tasks"),
                List.of(Metric.BINARY, Metric.BINARY), names);
    }

    private static void normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int j = 0; j < v.length; j++) {
            v[j] *= scale;
        }
    }
}
