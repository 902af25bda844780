package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * RouterDC's sample-sample ("cluster") contrastive loss, as the released {@code compute_cluster_loss}: cosine
 * similarities of the head outputs within the batch (no temperature); per query one positive from its cluster
 * (itself allowed) and H negatives from other clusters; loss = mean of -log softmax([sim_pos, sim_negs])[0].
 * One deliberate fix: the released code gathers row k of the similarity matrix for the k-th KEPT query, which
 * misaligns rows once a query is skipped; here each query uses its own row.
 */
public final class SampleSampleLoss {
    private SampleSampleLoss() {
    }

    /**
     * Draws, for each batch row with at least {@code negatives} rows of other clusters, {@code [query, positive,
     * negative_1..H]}: the positive uniform over same-cluster rows, negatives uniform without replacement.
     */
    public static int[][] sample(int[] clusters, int negatives, SeededRandom random) {
        List<int[]> picks = new ArrayList<>();
        for (int q = 0; q < clusters.length; q++) {
            List<Integer> same = new ArrayList<>();
            List<Integer> other = new ArrayList<>();
            for (int r = 0; r < clusters.length; r++) {
                (clusters[r] == clusters[q] ? same : other).add(r);
            }
            int positive = same.get(random.nextInt(same.size()));
            if (other.size() < negatives) {
                continue;
            }
            int[] pick = new int[negatives + 2];
            pick[0] = q;
            pick[1] = positive;
            for (int j = 0; j < negatives; j++) {
                // partial Fisher-Yates: a uniform sample without replacement
                int k = j + random.nextInt(other.size() - j);
                java.util.Collections.swap(other, j, k);
                pick[j + 2] = other.get(j);
            }
            picks.add(pick);
        }
        return picks.toArray(int[][]::new);
    }

    /** @param h [B, d] head outputs; @param picks rows from {@link #sample}; @return scalar loss (0 if no picks) */
    public static NDArray loss(NDArray h, int[][] picks) {
        NDManager manager = h.getManager();
        if (picks.length == 0) {
            return manager.create(0f);
        }
        int batch = (int) h.getShape().get(0);
        int width = picks[0].length - 1;
        NDArray unit = h.div(h.norm(new int[] {1}, true));
        NDArray similarity = unit.matMul(unit.transpose()).reshape(-1);
        long[] index = new long[picks.length * width];
        for (int p = 0; p < picks.length; p++) {
            for (int j = 0; j < width; j++) {
                index[p * width + j] = (long) picks[p][0] * batch + picks[p][j + 1];
            }
        }
        NDArray chosen = similarity.take(manager.create(index, new Shape(picks.length, width)));
        return chosen.logSoftmax(1).get(":, 0").neg().mean();
    }
}
