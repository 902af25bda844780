package org.routerdc.workbench.eval;

/**
 * One k-means partition of the training queries and each cluster's expected score per LLM (the mean of its training
 * rows' credit under their dataset's metric, every dataset weighing the same).
 *
 * @param centroids k x d cluster centres in the encoder's space
 * @param expected  k x LLMs expected score of each LLM in each cluster
 */
public record ClusterTable(float[][] centroids, double[][] expected) {
    public ClusterTable {
        if (centroids.length == 0 || centroids.length != expected.length) {
            throw new IllegalArgumentException("cluster table: " + centroids.length + " centroids but " + expected.length
                    + " rows of expected scores");
        }
    }

    public int clusters() {
        return centroids.length;
    }

    public int llms() {
        return expected[0].length;
    }

    /** The {@code count} nearest centres (squared Euclidean distance, nearest first; ties: lower index first). */
    public int[] nearest(float[] query, int count) {
        int wanted = Math.min(count, centroids.length);
        int[] best = new int[wanted];
        double[] distance = new double[wanted];
        java.util.Arrays.fill(distance, Double.POSITIVE_INFINITY);
        for (int c = 0; c < centroids.length; c++) {
            double d = 0;
            for (int i = 0; i < query.length; i++) {
                double diff = query[i] - centroids[c][i];
                d += diff * diff;
            }
            for (int slot = 0; slot < wanted; slot++) {
                if (d < distance[slot]) {
                    System.arraycopy(distance, slot, distance, slot + 1, wanted - slot - 1);
                    System.arraycopy(best, slot, best, slot + 1, wanted - slot - 1);
                    distance[slot] = d;
                    best[slot] = c;
                    break;
                }
            }
        }
        return best;
    }
}
