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
 * @param rows   the queries
 */
public record ScoreTable(String name, Path source, Metric metric, List<String> llms, List<QueryRow> rows) {
    public ScoreTable {
        llms = List.copyOf(llms);
        rows = List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    public ScoreTable withMetric(Metric newMetric) {
        return new ScoreTable(name, source, newMetric, llms, rows);
    }

    public List<String> texts() {
        return rows.stream().map(QueryRow::text).toList();
    }

    /** Scores as a rows x LLMs matrix (shared arrays, do not modify). */
    public double[][] scoreMatrix() {
        return rows.stream().map(QueryRow::scores).toArray(double[][]::new);
    }
}
