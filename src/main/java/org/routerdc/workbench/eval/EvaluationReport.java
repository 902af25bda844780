package org.routerdc.workbench.eval;

import java.util.List;

/**
 * Per-dataset reports and their unweighted average over datasets.
 *
 * @param averageBestSingle the single LLM with the best average over datasets (one LLM for all datasets)
 * @param averageCluster    the cluster baseline's average (NaN when the router carries none)
 * @param averageBestPerDataset the average of each dataset's own best LLM (an upper line that peeks at the scores)
 */
public record EvaluationReport(List<DatasetReport> datasets, double averageRouter, double averageOracle,
                               double averageBestSingle, String bestSingleLlm, double averageRandom, double averageKnn,
                               double averageCluster, double averageBestPerDataset) {
    public EvaluationReport {
        datasets = List.copyOf(datasets);
    }
}
