package org.routerdc.workbench.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Summary of one score table under its metric: what each LLM achieves alone and what routing could achieve.
 * Each LLM is counted on the rows where it has a score; the oracle picks among the LLMs a row has.
 *
 * @param dataset          the table's name
 * @param metric           the metric used
 * @param rows             number of queries
 * @param llms             per-LLM figures, in the table's LLM order
 * @param oraclePercent    accuracy when every query goes to its best LLM
 * @param bestSingle       the LLM with the highest accuracy (first on ties)
 * @param randomPercent    expected accuracy of a uniformly random router (mean of the LLM accuracies)
 * @param noneCorrectShare share of rows on which every LLM earns 0 credit
 */
public record TableStatistics(String dataset, Metric metric, int rows, List<LlmStatistics> llms,
                              double oraclePercent, LlmStatistics bestSingle, double randomPercent,
                              double noneCorrectShare) {
    public TableStatistics {
        llms = List.copyOf(llms);
    }

    public static TableStatistics of(ScoreTable table) {
        int k = table.llms().size();
        int n = table.size();
        double[] scoreSum = new double[k];
        double[] creditSum = new double[k];
        double[] costSum = new double[k];
        int[] scored = new int[k];
        double[] bestCount = new double[k];
        double oracleSum = 0;
        int noneCorrect = 0;
        double[] credits = new double[k];
        for (QueryRow row : table.rows()) {
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                if (!row.hasScore(j)) {
                    credits[j] = Double.NaN;
                    continue;
                }
                scored[j]++;
                scoreSum[j] += row.scores()[j];
                credits[j] = table.metric().credit(row.scores()[j]);
                creditSum[j] += credits[j];
                costSum[j] += row.costs() == null ? Double.NaN : row.costs()[j];
                best = Math.max(best, credits[j]);
            }
            oracleSum += best == Double.NEGATIVE_INFINITY ? 0 : best;
            if (best <= 0) {
                noneCorrect++;
                continue;
            }
            int ties = 0;
            for (double credit : credits) {
                ties += credit == best ? 1 : 0;
            }
            for (int j = 0; j < k; j++) {
                bestCount[j] += credits[j] == best ? 1.0 / ties : 0;
            }
        }
        List<LlmStatistics> perLlm = new ArrayList<>(k);
        double accuracySum = 0;
        for (int j = 0; j < k; j++) {
            double accuracy = share(creditSum[j], scored[j]) * 100;
            accuracySum += accuracy;
            perLlm.add(new LlmStatistics(table.llms().get(j), share(scoreSum[j], scored[j]), accuracy,
                    share(bestCount[j], n), scored[j] == 0 ? Double.NaN : costSum[j] / scored[j], scored[j]));
        }
        LlmStatistics bestSingle = perLlm.stream()
                .max(Comparator.comparingDouble(LlmStatistics::accuracyPercent).thenComparing(s -> -perLlm.indexOf(s)))
                .orElse(null);
        return new TableStatistics(table.name(), table.metric(), n, perLlm, share(oracleSum, n) * 100, bestSingle,
                k == 0 ? 0 : accuracySum / k, share(noneCorrect, n));
    }

    private static double share(double sum, int n) {
        return n == 0 ? 0 : sum / n;
    }
}
