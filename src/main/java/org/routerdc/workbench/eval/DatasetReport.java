package org.routerdc.workbench.eval;

import java.util.Map;
import org.routerdc.workbench.data.Metric;

/**
 * Accuracies (percent) on one dataset: the router beside its baselines.
 *
 * @param bestSingle the accuracy of the best single LLM on this dataset ({@code bestSingleLlm})
 * @param random     the expected accuracy of a uniformly random router
 * @param knn        the kNN router's accuracy, or NaN when no training embeddings were given
 * @param n          rows in the dataset
 * @param perLlm     each LLM's accuracy when it answers every query, in LLM order
 * @param skipped    rows left out of every accuracy because some LLM has no score on them (n - skipped counted)
 * @param cluster    the cluster baseline's accuracy, or NaN when the router carries none
 */
public record DatasetReport(String name, Metric metric, int n, double router, double oracle, double bestSingle,
                            String bestSingleLlm, double random, double knn, Map<String, Double> perLlm, int skipped,
                            double cluster) {
    public DatasetReport {
        perLlm = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perLlm));
    }

    /**
     * The best LLM of this dataset on this dataset's own scores: an upper line that knows the task and peeks at the
     * evaluated scores (the same figure as {@link #bestSingle()}).
     */
    public double bestPerDataset() {
        return bestSingle;
    }
}
