package org.routerdc.workbench.data;

/**
 * One LLM's figures over a table.
 *
 * @param llm             the LLM
 * @param meanScore       mean raw score
 * @param accuracyPercent mean credit under the table's metric, times 100
 * @param bestShare       share of rows (0..1) on which this LLM earns the row's highest credit, ties split evenly;
 *                        rows where no LLM earns anything count for nobody (see {@link TableStatistics#noneCorrectShare})
 */
public record LlmStatistics(String llm, double meanScore, double accuracyPercent, double bestShare) {
}
