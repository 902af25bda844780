package org.routerdc.workbench.data;

/**
 * One LLM's figures over a table, counted on the rows where it has a score.
 *
 * @param llm             the LLM
 * @param meanScore       mean raw score
 * @param accuracyPercent mean credit under the table's metric, times 100
 * @param bestShare       share of rows (0..1) on which this LLM earns the row's highest credit, ties split evenly;
 *                        rows where no LLM earns anything count for nobody (see {@link TableStatistics#noneCorrectShare})
 * @param meanCost        mean cost per query, or NaN when the table has no costs
 * @param scoredRows      rows where it has a score (the table's size when it has no holes)
 */
public record LlmStatistics(String llm, double meanScore, double accuracyPercent, double bestShare, double meanCost,
                            int scoredRows) {
    public LlmStatistics(String llm, double meanScore, double accuracyPercent, double bestShare) {
        this(llm, meanScore, accuracyPercent, bestShare, Double.NaN, -1);
    }
}
