package org.routerdc.workbench.data;

import java.nio.file.Path;
import java.util.List;

/**
 * One loaded dataset: queries and each candidate LLM's score on them.
 *
 * @param name   dataset name (the file name without extension)
 * @param source the file it came from, or null when built in memory
 * @param metric how accuracy is counted on it
 * @param llms   the candidate LLM names, in score-column order
 * @param rows     the queries
 * @param warnings what the load accepted but the user should know (holes in the table), located; never errors
 */
public record ScoreTable(String name, Path source, Metric metric, List<String> llms, List<QueryRow> rows,
                         List<DataError> warnings) {
    public ScoreTable {
        llms = List.copyOf(llms);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    public ScoreTable(String name, Path source, Metric metric, List<String> llms, List<QueryRow> rows) {
        this(name, source, metric, llms, rows, List.of());
    }

    /** True when every row carries a cost per LLM (from the file or a price table). */
    public boolean hasCosts() {
        return !rows.isEmpty() && rows.stream().allMatch(row -> row.costs() != null);
    }

    /** Rows where some LLM has no score: trained on without it, left out of evaluations. */
    public int incompleteRows() {
        return (int) rows.stream().filter(row -> !row.isComplete()).count();
    }

    public ScoreTable withRows(List<QueryRow> newRows) {
        return new ScoreTable(name, source, metric, llms, newRows, warnings);
    }

    public int size() {
        return rows.size();
    }

    public ScoreTable withMetric(Metric newMetric) {
        return new ScoreTable(name, source, newMetric, llms, rows, warnings);
    }

    public List<String> texts() {
        return rows.stream().map(QueryRow::text).toList();
    }

    /** Scores as a rows x LLMs matrix (shared arrays, do not modify). */
    public double[][] scoreMatrix() {
        return rows.stream().map(QueryRow::scores).toArray(double[][]::new);
    }
}
