package org.routerdc.workbench.route;

import java.util.List;
import org.routerdc.workbench.eval.KnnRouter;

/**
 * The training queries a router was trained on, kept in the bundle: their encoder embeddings and scores feed the kNN
 * baseline and the "nearest training queries" of the Route view; their costs (null when the tables had none) give
 * each LLM's predicted cost. NaN marks a hole (an LLM without a score, or cost, on a row).
 */
public record TrainingIndex(float[][] embeddings, double[][] scores, List<String> texts, List<String> datasets,
                            double[][] costs) {
    public TrainingIndex(float[][] embeddings, double[][] scores, List<String> texts, List<String> datasets) {
        this(embeddings, scores, texts, datasets, null);
    }

    public TrainingIndex {
        if (costs != null && costs.length != scores.length) {
            throw new IllegalArgumentException("training index: " + costs.length + " cost rows for " + scores.length + " rows");
        }
        texts = List.copyOf(texts);
        datasets = List.copyOf(datasets);
        if (embeddings.length != scores.length || embeddings.length != texts.size() || texts.size() != datasets.size()) {
            throw new IllegalArgumentException("training index columns differ in length");
        }
    }

    public int size() {
        return texts.size();
    }

    /** Each LLM's mean cost per query over the rows that have it, or null when the index has no costs. */
    public double[] meanCosts() {
        if (costs == null || costs.length == 0) {
            return null;
        }
        double[] sum = new double[costs[0].length];
        int[] counted = new int[sum.length];
        for (double[] row : costs) {
            for (int t = 0; t < sum.length; t++) {
                if (!Double.isNaN(row[t])) {
                    sum[t] += row[t];
                    counted[t]++;
                }
            }
        }
        for (int t = 0; t < sum.length; t++) {
            sum[t] = counted[t] == 0 ? Double.NaN : sum[t] / counted[t];
        }
        return sum;
    }

    public KnnRouter knn(int k) {
        return new KnnRouter(embeddings, scores, k);
    }
}
