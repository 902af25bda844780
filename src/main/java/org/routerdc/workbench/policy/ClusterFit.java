package org.routerdc.workbench.policy;

import java.util.ArrayList;
import java.util.List;
import org.routerdc.workbench.eval.ClusterRouter;
import org.routerdc.workbench.eval.ClusterTable;
import org.routerdc.workbench.train.KMeans;
import org.routerdc.workbench.train.TrainingData;

/**
 * Fits the cluster tables: the cluster baseline (k-means tables of expected scores, k and the mix chosen by
 * cross-validation) and the router's multi-scale prior (every feasible k averaged, so no single k is chosen).
 */
public final class ClusterFit {
    /** Cluster counts tried; each must leave at least {@link #MIN_ROWS_PER_CLUSTER} training rows per cluster. */
    static final int[] CLUSTER_GRID = {4, 8, 16, 32};
    static final int[] MIX_GRID = {1, 3};
    static final int MIN_ROWS_PER_CLUSTER = 10;
    /** k-means runs (seeds) averaged in the final baseline. */
    static final int TABLES = 3;

    /**
     * @param cvAccuracy the baseline's out-of-fold accuracy at the chosen k and mix
     * @param scales    for k = 1 (every row's mean: the best single LLM) and each feasible k, the nearest-cluster
     *                  tables' out-of-fold expected scores: what the router's prior is built from
     */
    public record Choice(int clusters, int mix, double cvAccuracy, List<Scale> scales) {
    }

    /** One k-means scale: its cluster count and each training row's out-of-fold expected scores at its nearest cluster. */
    public record Scale(int clusters, double[][] outOfFold) {
    }

    /**
     * The sets of scales a prior may average, coarse to fine: {1}, {1, 4}, {1, 4, 8}, ... up to every scale, and every
     * scale but 1. More fine scales follow local differences between queries; k = 1 pulls towards the LLM best overall.
     */
    static List<List<Scale>> priorCandidates(List<Scale> scales) {
        List<List<Scale>> candidates = new ArrayList<>();
        for (int end = 1; end <= scales.size(); end++) {
            candidates.add(scales.subList(0, end));
        }
        if (scales.size() > 2) {
            candidates.add(scales.subList(1, scales.size()));
        }
        return candidates;
    }

    /** The mean of the scales' out-of-fold expected scores: the prior's out-of-fold prediction. */
    static double[][] average(List<Scale> scales) {
        double[][] first = scales.getFirst().outOfFold();
        double[][] mean = new double[first.length][first[0].length];
        for (Scale scale : scales) {
            for (int i = 0; i < mean.length; i++) {
                for (int t = 0; t < mean[i].length; t++) {
                    mean[i][t] += scale.outOfFold()[i][t] / scales.size();
                }
            }
        }
        return mean;
    }

    private ClusterFit() {
    }

    /** One table over {@code rows} of {@code data}. */
    static ClusterTable table(TrainingData data, Targets targets, int[] rows, int k, long seed) {
        float[][] points = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            points[i] = data.embeddings()[rows[i]];
        }
        KMeans.Result result = KMeans.cluster(points, k, seed);
        int clusters = result.centroids().length;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < rows.length; i++) {
            members.get(result.assignment()[i]).add(rows[i]);
        }
        double[] fallback = targets.mean(rows, new double[targets.llms()]);
        double[][] expected = new double[clusters][];
        for (int c = 0; c < clusters; c++) {
            expected[c] = targets.mean(members.get(c).stream().mapToInt(Integer::intValue).toArray(), fallback);
        }
        return new ClusterTable(result.centroids(), expected);
    }

    /** The final baseline on every row: {@link #TABLES} k-means seeds at the chosen k and mix. */
    public static ClusterRouter fit(TrainingData data, int clusters, int mix, long seed) {
        Targets targets = Targets.of(data);
        int[] all = java.util.stream.IntStream.range(0, data.size()).toArray();
        List<ClusterTable> tables = new ArrayList<>();
        for (int s = 0; s < TABLES; s++) {
            tables.add(table(data, targets, all, clusters, seed + s));
        }
        return new ClusterRouter(tables, mix);
    }

    /**
     * The router's prior on every row: {@link #TABLES} k-means seeds at each of {@code scales}, each query taking its
     * nearest cluster in every table (at k = 1 the seeds agree: every row's mean). Averaging over scales smooths the
     * choice of k, whose best value on the training rows moves with the seed and transfers unevenly to new queries.
     */
    public static ClusterRouter fitMultiScale(TrainingData data, int[] scales, long seed) {
        Targets targets = Targets.of(data);
        int[] all = java.util.stream.IntStream.range(0, data.size()).toArray();
        List<ClusterTable> tables = new ArrayList<>();
        for (int k : scales) {
            for (int s = 0; s < TABLES; s++) {
                tables.add(table(data, targets, all, k, seed + s));
            }
        }
        return new ClusterRouter(tables, 1);
    }

    /** The cluster counts of the grid that leave enough rows per cluster in {@code trainingRows} (empty if none). */
    static List<Integer> feasibleClusterCounts(int trainingRows) {
        List<Integer> counts = new ArrayList<>();
        for (int k : CLUSTER_GRID) {
            if (k * MIN_ROWS_PER_CLUSTER <= trainingRows) {
                counts.add(k);
            }
        }
        return counts;
    }

    /** Tries every feasible (k, mix) on the folds; the best by out-of-fold accuracy (ties: smaller k, then mix). */
    public static Choice chooseByCrossValidation(TrainingData data, Folds folds, long seed) {
        Targets targets = Targets.of(data);
        List<Integer> counts = feasibleClusterCounts(data.size() - data.size() / folds.count());
        if (counts.isEmpty()) {
            return null;
        }
        List<Scale> scales = new ArrayList<>();
        scales.add(new Scale(1, overallMeans(data, targets, folds)));
        int bestK = 0;
        int bestMix = 0;
        double bestAccuracy = Double.NEGATIVE_INFINITY;
        for (int k : counts) {
            double[][][] predicted = new double[MIX_GRID.length][data.size()][];
            for (int fold = 0; fold < folds.count(); fold++) {
                int[] held = folds.heldOut(fold);
                ClusterTable table = table(data, targets, folds.trainedOn(fold), k, seed + fold);
                for (int m = 0; m < MIX_GRID.length; m++) {
                    ClusterRouter router = new ClusterRouter(List.of(table), Math.min(MIX_GRID[m], k));
                    for (int i : held) {
                        predicted[m][i] = router.expected(data.embeddings()[i]);
                    }
                }
            }
            scales.add(new Scale(k, predicted[0]));
            for (int m = 0; m < MIX_GRID.length; m++) {
                double accuracy = OutOfFoldAccuracy.of(data, predicted[m]);
                if (accuracy > bestAccuracy + 1e-9) {
                    bestK = k;
                    bestMix = MIX_GRID[m];
                    bestAccuracy = accuracy;
                }
            }
        }
        return new Choice(bestK, bestMix, bestAccuracy, List.copyOf(scales));
    }

    /** Each row's expected scores from the mean of the other folds: the k = 1 scale. */
    static double[][] overallMeans(TrainingData data, Targets targets, Folds folds) {
        double[][] predicted = new double[data.size()][];
        for (int fold = 0; fold < folds.count(); fold++) {
            double[] mean = targets.mean(folds.trainedOn(fold), new double[targets.llms()]);
            for (int i : folds.heldOut(fold)) {
                predicted[i] = mean;
            }
        }
        return predicted;
    }
}
