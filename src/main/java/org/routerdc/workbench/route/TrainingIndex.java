package org.routerdc.workbench.route;

import java.util.List;
import org.routerdc.workbench.eval.KnnRouter;

/**
 * The training queries a router was trained on, kept in the bundle: their encoder embeddings and scores feed the kNN
 * baseline and the "nearest training queries" of the Route view.
 */
public record TrainingIndex(float[][] embeddings, double[][] scores, List<String> texts, List<String> datasets) {
    public TrainingIndex {
        texts = List.copyOf(texts);
        datasets = List.copyOf(datasets);
        if (embeddings.length != scores.length || embeddings.length != texts.size() || texts.size() != datasets.size()) {
            throw new IllegalArgumentException("training index columns differ in length");
        }
    }

    public int size() {
        return texts.size();
    }

    public KnnRouter knn(int k) {
        return new KnnRouter(embeddings, scores, k);
    }
}
