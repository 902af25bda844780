package org.routerdc.workbench.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.data.ScoreTable;

/**
 * Scores a router's choices on datasets beside the oracle, every single LLM, a random router, a kNN router and the
 * cluster baseline. Rows where some LLM has no score are left out of every figure and counted as skipped.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /**
     * @param tables     the evaluated datasets (same LLM order as the router)
     * @param choices    the router's choice per row, one array per table
     * @param knnChoices the kNN baseline's choice per row, one array per table, or null
     */
    public static EvaluationReport evaluate(List<ScoreTable> tables, List<int[]> choices, List<int[]> knnChoices) {
        return evaluate(tables, choices, knnChoices, null);
    }

    /** @param clusterChoices the cluster baseline's choice per row, one array per table, or null */
    public static EvaluationReport evaluate(List<ScoreTable> tables, List<int[]> choices, List<int[]> knnChoices,
                                            List<int[]> clusterChoices) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("nothing to evaluate: no datasets");
        }
        List<DatasetReport> reports = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            reports.add(report(tables.get(t), choices.get(t), knnChoices == null ? null : knnChoices.get(t),
                    clusterChoices == null ? null : clusterChoices.get(t)));
        }
        List<String> llms = tables.getFirst().llms();
        String bestLlm = llms.getFirst();
        double bestAverage = Double.NEGATIVE_INFINITY;
        for (String llm : llms) {
            double average = reports.stream().mapToDouble(r -> r.perLlm().get(llm)).average().orElse(0);
            if (average > bestAverage) {
                bestAverage = average;
                bestLlm = llm;
            }
        }
        return new EvaluationReport(reports, mean(reports, DatasetReport::router), mean(reports, DatasetReport::oracle),
                bestAverage, bestLlm, mean(reports, DatasetReport::random), mean(reports, DatasetReport::knn),
                mean(reports, DatasetReport::cluster), mean(reports, DatasetReport::bestPerDataset));
    }

    public static DatasetReport report(ScoreTable table, int[] choices, int[] knnChoices) {
        return report(table, choices, knnChoices, null);
    }

    public static DatasetReport report(ScoreTable table, int[] choices, int[] knnChoices, int[] clusterChoices) {
        double[][] scores = table.scoreMatrix();
        int[] oracle = new int[scores.length];
        for (int row = 0; row < scores.length; row++) {
            oracle[row] = RoutingAccuracy.argmax(scores[row]);
        }
        Map<String, Double> perLlm = new LinkedHashMap<>();
        int[] single = new int[scores.length];
        String bestLlm = table.llms().getFirst();
        double best = Double.NEGATIVE_INFINITY;
        double randomSum = 0;
        for (int llm = 0; llm < table.llms().size(); llm++) {
            java.util.Arrays.fill(single, llm);
            double accuracy = RoutingAccuracy.percent(scores, single, table.metric());
            perLlm.put(table.llms().get(llm), accuracy);
            randomSum += accuracy;
            if (accuracy > best) {
                best = accuracy;
                bestLlm = table.llms().get(llm);
            }
        }
        double knn = knnChoices == null ? Double.NaN : RoutingAccuracy.percent(scores, knnChoices, table.metric());
        return new DatasetReport(table.name(), table.metric(), table.size(),
                RoutingAccuracy.percent(scores, choices, table.metric()),
                RoutingAccuracy.percent(scores, oracle, table.metric()), best, bestLlm,
                randomSum / table.llms().size(), knn, perLlm, RoutingAccuracy.incomplete(scores),
                clusterChoices == null ? Double.NaN : RoutingAccuracy.percent(scores, clusterChoices, table.metric()));
    }

    private static double mean(List<DatasetReport> reports, java.util.function.ToDoubleFunction<DatasetReport> field) {
        return reports.stream().mapToDouble(field).average().orElse(Double.NaN);
    }
}
