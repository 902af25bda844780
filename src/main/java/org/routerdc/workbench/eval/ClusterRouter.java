package org.routerdc.workbench.eval;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The "cluster" baseline (the Avengers recipe): k-means over the training queries, each cluster's expected score per
 * LLM; a query takes the mean of its {@code mix} nearest clusters' expected scores, averaged over the tables (k-means
 * runs with different seeds), and goes to the best LLM of that mean.
 */
public record ClusterRouter(List<ClusterTable> tables, int mix) {
    public ClusterRouter {
        tables = List.copyOf(tables);
        if (tables.isEmpty() || mix < 1) {
            throw new IllegalArgumentException("cluster router: needs at least one table and mix >= 1");
        }
    }

    public int clusters() {
        return tables.getFirst().clusters();
    }

    /** Expected score per LLM for one query. */
    public double[] expected(float[] query) {
        double[] mean = new double[tables.getFirst().llms()];
        for (ClusterTable table : tables) {
            int[] nearest = table.nearest(query, mix);
            for (int c : nearest) {
                double[] row = table.expected()[c];
                for (int t = 0; t < mean.length; t++) {
                    mean[t] += row[t] / (nearest.length * tables.size());
                }
            }
        }
        return mean;
    }

    public int route(float[] query) {
        return RoutingAccuracy.argmax(expected(query));
    }

    /** The chosen LLM for each query; parallel over queries, deterministic. */
    public int[] route(float[][] queries) {
        return IntStream.range(0, queries.length).parallel().map(i -> route(queries[i])).toArray();
    }
}
