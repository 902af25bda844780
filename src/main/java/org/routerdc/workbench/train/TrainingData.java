package org.routerdc.workbench.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.routerdc.workbench.data.Metric;

/**
 * Rows to train (or select) a router on: one precomputed, L2-normalised embedding and one score per LLM per row.
 *
 * @param embeddings     rows x d
 * @param scores         rows x LLMs; NaN where a row has no score for an LLM (left out of its loss terms)
 * @param clusterIds     a cluster id (>= 0, or -1 for none) per row, or null when the data has none
 * @param datasetIndex   which of {@code datasetNames} each row belongs to
 * @param datasetNames   dataset names, in index order
 * @param datasetMetrics the metric of each dataset
 * @param llms           LLM names, in score-column order
 */
public record TrainingData(float[][] embeddings, double[][] scores, int[] clusterIds, int[] datasetIndex,
                           List<String> datasetNames, List<Metric> datasetMetrics, List<String> llms) {

    public TrainingData {
        datasetNames = List.copyOf(datasetNames);
        datasetMetrics = List.copyOf(datasetMetrics);
        llms = List.copyOf(llms);
        int n = embeddings.length;
        require(n > 0, "no rows");
        require(scores.length == n, scores.length + " score rows for " + n + " embeddings");
        require(datasetIndex.length == n, datasetIndex.length + " dataset indices for " + n + " rows");
        if (clusterIds != null) {
            require(clusterIds.length == n, clusterIds.length + " cluster ids for " + n + " rows");
        }
        require(!llms.isEmpty(), "no LLMs");
        require(datasetNames.size() == datasetMetrics.size(),
                datasetNames.size() + " dataset names but " + datasetMetrics.size() + " metrics");
        int d = embeddings[0].length;
        require(d > 0, "empty embeddings");
        for (int i = 0; i < n; i++) {
            require(embeddings[i].length == d, "row " + i + ": embedding has " + embeddings[i].length + " values, not " + d);
            require(scores[i].length == llms.size(), "row " + i + ": " + scores[i].length + " scores for " + llms.size() + " LLMs");
            require(datasetIndex[i] >= 0 && datasetIndex[i] < datasetNames.size(), "row " + i + ": dataset index " + datasetIndex[i] + " out of range");
            for (double s : scores[i]) {
                require(!Double.isInfinite(s), "row " + i + ": score is infinite");
            }
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("training data: " + message);
        }
    }

    public int size() {
        return embeddings.length;
    }

    public int dimension() {
        return embeddings[0].length;
    }

    /** True when every row carries its own cluster id (then k-means is not needed). */
    public boolean hasAllClusterIds() {
        return clusterIds != null && Arrays.stream(clusterIds).allMatch(id -> id >= 0);
    }

    /**
     * Each dataset repeated (whole copies, in order) until it has at least {@code perDataset} rows, then truncated to
     * exactly that many, as the paper's loader does; {@code perDataset == 0} returns this data unchanged, and
     * {@link TrainingConfig#BALANCED} repeats each dataset up to the largest one's rows, so every dataset weighs the same.
     */
    public TrainingData capPerDataset(int perDataset) {
        return perDataset == 0 ? this : select(capRows(perDataset));
    }

    /** The row indices {@link #capPerDataset} picks (every row, in order, when {@code perDataset == 0}). */
    public int[] capRows(int perDataset) {
        if (perDataset == 0) {
            return java.util.stream.IntStream.range(0, size()).toArray();
        }
        if (perDataset == TrainingConfig.BALANCED) {
            int[] count = new int[datasetNames.size()];
            for (int d : datasetIndex) {
                count[d]++;
            }
            perDataset = java.util.stream.IntStream.of(count).max().orElse(0);
        }
        List<Integer> picked = new ArrayList<>();
        for (int dataset = 0; dataset < datasetNames.size(); dataset++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                if (datasetIndex[i] == dataset) {
                    rows.add(i);
                }
            }
            for (int k = 0; !rows.isEmpty() && k < perDataset; k++) {
                picked.add(rows.get(k % rows.size()));
            }
        }
        return picked.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The given rows, in the given order. */
    public TrainingData select(int[] rows) {
        float[][] e = new float[rows.length][];
        double[][] s = new double[rows.length][];
        int[] c = clusterIds == null ? null : new int[rows.length];
        int[] ds = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            e[k] = embeddings[rows[k]];
            s[k] = scores[rows[k]];
            ds[k] = datasetIndex[rows[k]];
            if (c != null) {
                c[k] = clusterIds[rows[k]];
            }
        }
        return new TrainingData(e, s, c, ds, datasetNames, datasetMetrics, llms);
    }
}
