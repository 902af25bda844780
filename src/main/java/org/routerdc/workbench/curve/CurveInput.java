package org.routerdc.workbench.curve;

import java.util.List;

/**
 * Everything the cost–quality curve needs, routed once: the LLMs, each one's predicted cost ĉ_t (what routing
 * weighs) and the test datasets.
 */
public record CurveInput(List<String> llms, double[] predictedCosts, List<RoutedDataset> datasets) {
    public CurveInput {
        llms = List.copyOf(llms);
        datasets = List.copyOf(datasets);
        if (predictedCosts.length != llms.size()) {
            throw new IllegalArgumentException(predictedCosts.length + " predicted costs for " + llms.size() + " LLMs");
        }
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException("nothing to evaluate: no datasets");
        }
        if (datasets.stream().allMatch(d -> d.size() == 0)) {
            throw new IllegalArgumentException("nothing to evaluate: every row has an LLM without a score");
        }
    }

    /**
     * The cluster baseline's input: the same rows, costs and predicted costs, with the baseline's expected scores;
     * null when the router carries no cluster baseline.
     */
    public CurveInput clusterBaseline() {
        List<RoutedDataset> cluster = datasets.stream().map(RoutedDataset::asCluster).toList();
        return cluster.contains(null) ? null : new CurveInput(llms, predictedCosts, cluster);
    }

    public int rows() {
        return datasets.stream().mapToInt(RoutedDataset::size).sum();
    }
}
