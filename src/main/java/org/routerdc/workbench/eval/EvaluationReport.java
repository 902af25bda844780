package org.routerdc.workbench.eval;

import java.util.List;

/**
 * Per-dataset reports and their unweighted average over datasets.
 *
 * @param averageBestSingle the single LLM with the best average over datasets (one LLM for all datasets)
 */
public record EvaluationReport(List<DatasetReport> datasets, double averageRouter, double averageOracle,
                               double averageBestSingle, String bestSingleLlm, double averageRandom, double averageKnn) {
    public EvaluationReport {
        datasets = List.copyOf(datasets);
    }
}
