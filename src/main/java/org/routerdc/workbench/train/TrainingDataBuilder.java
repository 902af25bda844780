package org.routerdc.workbench.train;

import java.util.ArrayList;
import java.util.List;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;

/** Joins score tables and their rows' embeddings (concatenated in table order) into {@link TrainingData}. */
public final class TrainingDataBuilder {
    private TrainingDataBuilder() {
    }

    public static TrainingData from(List<ScoreTable> tables, float[][] embeddings) {
        int rows = tables.stream().mapToInt(ScoreTable::size).sum();
        if (rows != embeddings.length) {
            throw new IllegalArgumentException(rows + " rows but " + embeddings.length + " embeddings");
        }
        double[][] scores = new double[rows][];
        int[] clusters = new int[rows];
        int[] datasetIndex = new int[rows];
        boolean allClustered = true;
        List<String> names = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        int row = 0;
        for (int t = 0; t < tables.size(); t++) {
            ScoreTable table = tables.get(t);
            names.add(table.name());
            metrics.add(table.metric());
            for (QueryRow query : table.rows()) {
                scores[row] = query.scores();
                clusters[row] = query.clusterId();
                allClustered &= query.hasCluster();
                datasetIndex[row++] = t;
            }
        }
        return new TrainingData(embeddings, scores, allClustered ? clusters : null, datasetIndex, names, metrics,
                tables.getFirst().llms());
    }

    /** All tables' texts in table order, as the embeddings passed to {@link #from} must be. */
    public static List<String> texts(List<ScoreTable> tables) {
        return tables.stream().flatMap(table -> table.texts().stream()).toList();
    }
}
