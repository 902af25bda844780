package org.routerdc.workbench.curve;

import java.util.List;
import org.routerdc.workbench.data.QueryRow;

/**
 * One test dataset's complete rows, ready to route at any λ: per row and LLM the router's expected score, the
 * realised cost from the table and the credit the LLM's answer earns under the dataset's metric.
 *
 * @param rows            the complete rows (every LLM scored), in file order
 * @param skipped         rows left out because some LLM has no score
 * @param clusterExpected per row and LLM the cluster baseline's expected score (its clusters' mean training
 *                        credit), or null when the router carries no cluster baseline
 */
public record RoutedDataset(String name, List<QueryRow> rows, double[][] expected, double[][] costs, double[][] credits,
                            int skipped, double[][] clusterExpected) {
    public RoutedDataset {
        rows = List.copyOf(rows);
        if (expected.length != rows.size() || costs.length != rows.size() || credits.length != rows.size()
                || clusterExpected != null && clusterExpected.length != rows.size()) {
            throw new IllegalArgumentException(name + ": " + rows.size() + " rows but " + expected.length + " expected, "
                    + costs.length + " cost and " + credits.length + " credit rows");
        }
    }

    /** Without a cluster baseline. */
    public RoutedDataset(String name, List<QueryRow> rows, double[][] expected, double[][] costs, double[][] credits,
                         int skipped) {
        this(name, rows, expected, costs, credits, skipped, null);
    }

    /** The same rows as the cluster baseline sees them (its expected scores in place of the router's), or null. */
    RoutedDataset asCluster() {
        return clusterExpected == null ? null : new RoutedDataset(name, rows, clusterExpected, costs, credits, skipped, null);
    }

    public int size() {
        return rows.size();
    }
}
