package org.routerdc.workbench.app.embeddings;

import org.routerdc.workbench.route.TrainingIndex;
import org.routerdc.workbench.train.KMeans;
import org.routerdc.workbench.train.TrainedRouter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the embedding map is computed from: the router's training queries in one space (the encoder's raw
 * embeddings, or projected by the trained head) and, in router space, the normalised LLM vectors as extra rows
 * after the queries, so t-SNE puts queries and LLMs on one map. Plus every way to colour the queries.
 *
 * @param rows       t-SNE input: the queries, then (router space only) one row per LLM
 * @param queryCount how many of the rows are queries
 */
public record EmbeddingMapData(float[][] rows, int queryCount, MapSpace space, List<String> llms, String[] texts,
                               double[][] scores, int[] dataset, List<String> datasetNames, int[] cluster, int clusterCount,
                               int[] routed, int[] best) {
    static final int CLUSTERS = 8;

    public static EmbeddingMapData of(TrainedRouter router, TrainingIndex index, MapSpace space) {
        int n = index.size();
        float[][] queries = new float[n][];
        int[] routed = new int[n];
        int[] best = new int[n];
        for (int i = 0; i < n; i++) {
            float[] raw = index.embeddings()[i];
            queries[i] = space == MapSpace.ROUTER ? normalised(router.project(raw)) : raw;
            routed[i] = router.route(raw);
            best[i] = argMax(index.scores()[i]);
        }
        float[][] rows = queries;
        if (space == MapSpace.ROUTER) {
            rows = new float[n + router.llms().size()][];
            System.arraycopy(queries, 0, rows, 0, n);
            for (int t = 0; t < router.llms().size(); t++) {
                rows[n + t] = normalised(router.llmVectors()[t]);
            }
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        int[] dataset = new int[n];
        for (int i = 0; i < n; i++) {
            dataset[i] = names.computeIfAbsent(index.datasets().get(i), key -> names.size());
        }
        KMeans.Result clusters = KMeans.cluster(queries, Math.min(CLUSTERS, n), 42);
        return new EmbeddingMapData(rows, n, space, router.llms(), index.texts().toArray(String[]::new), index.scores(),
                dataset, new ArrayList<>(names.keySet()), clusters.assignment(), clusters.centroids().length, routed, best);
    }

    /** The map model for {@code layout} (rows as t-SNE returned them), coloured by {@code colour}. */
    public MapModel model(double[][] layout, ColourBy colour) {
        double[][] points = java.util.Arrays.copyOf(layout, queryCount);
        return MapModel.of(points, category(colour), categoryNames(colour), texts, scores, llms, markers(layout));
    }

    /** LLM markers: their own rows in router space; in raw space the mean place of the queries routed to each. */
    public List<MapModel.Marker> markers(double[][] layout) {
        List<MapModel.Marker> markers = new ArrayList<>();
        for (int t = 0; t < llms.size(); t++) {
            if (space == MapSpace.ROUTER) {
                markers.add(new MapModel.Marker(llms.get(t), layout[queryCount + t][0], layout[queryCount + t][1]));
                continue;
            }
            double x = 0, y = 0;
            int count = 0;
            for (int i = 0; i < queryCount; i++) {
                if (routed[i] == t) {
                    x += layout[i][0];
                    y += layout[i][1];
                    count++;
                }
            }
            if (count > 0) {
                markers.add(new MapModel.Marker(llms.get(t), x / count, y / count));
            }
        }
        return markers;
    }

    int[] category(ColourBy colour) {
        return switch (colour) {
            case DATASET -> dataset;
            case CLUSTER -> cluster;
            case ROUTED_LLM -> routed;
            case BEST_LLM -> best;
        };
    }

    List<String> categoryNames(ColourBy colour) {
        return switch (colour) {
            case DATASET -> datasetNames;
            case CLUSTER -> java.util.stream.IntStream.rangeClosed(1, clusterCount).mapToObj(c -> "cluster " + c).toList();
            case ROUTED_LLM, BEST_LLM -> llms;
        };
    }

    static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }

    static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best] || Double.isNaN(values[best])) { // NaN: a hole in the training table
                best = i;
            }
        }
        return best;
    }
}
