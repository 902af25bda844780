package org.routerdc.workbench.app.data;

import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;

import java.util.List;

/**
 * Accuracy of each LLM on a dataset under its metric, beside the reference routers: the oracle (best LLM per query),
 * the best single LLM, and a uniformly random router (its expected accuracy). All in percent.
 * Pure and JavaFX-free; to be replaced by the data layer's statistics once it provides them.
 */
public record DatasetSummary(List<String> llms, double[] llmAccuracy, double oracle, int bestSingle, double random) {
    public static DatasetSummary of(ScoreTable table) {
        int llmCount = table.llms().size();
        Metric metric = table.metric();
        double[] totals = new double[llmCount];
        double oracle = 0;
        double random = 0;
        for (QueryRow row : table.rows()) {
            double best = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int llm = 0; llm < llmCount; llm++) {
                double credit = metric.credit(row.scores()[llm]);
                totals[llm] += credit;
                best = Math.max(best, credit);
                sum += credit;
            }
            oracle += llmCount == 0 ? 0 : best;
            random += llmCount == 0 ? 0 : sum / llmCount;
        }
        int n = Math.max(1, table.size());
        int bestSingle = 0;
        for (int llm = 0; llm < llmCount; llm++) {
            totals[llm] = 100 * totals[llm] / n;
            if (totals[llm] > totals[bestSingle]) {
                bestSingle = llm;
            }
        }
        return new DatasetSummary(table.llms(), totals, 100 * oracle / n, bestSingle, 100 * random / n);
    }

    public double bestSingleAccuracy() {
        return llmAccuracy.length == 0 ? 0 : llmAccuracy[bestSingle];
    }

    public String bestSingleName() {
        return llms.isEmpty() ? "-" : llms.get(bestSingle);
    }
}
