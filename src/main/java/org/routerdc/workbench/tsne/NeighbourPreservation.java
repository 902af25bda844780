package org.routerdc.workbench.tsne;

import java.util.Random;

/**
 * Mean fraction of each point's k nearest input neighbours (cosine or Euclidean, on the raw rows) that are also
 * among its k nearest on the map. Exact; above {@code maxQueries} points it averages over that many query points
 * drawn with a fixed seed (still against all N points), and says so in {@link Score#queries()}.
 */
public final class NeighbourPreservation {
    /** @param queries how many points the mean is over (N when not sampled) */
    public record Score(double value, int queries, int n) {
        public boolean sampled() {
            return queries < n;
        }
    }

    private NeighbourPreservation() {
    }

    public static Score knn(float[][] high, double[][] low, int k, DistanceMetric metric, int maxQueries, long seed) {
        int n = high.length;
        int[] queries = pickQueries(n, maxQueries, seed);
        Projection prep = new Projection(metric.normalises(), new double[high[0].length], null);
        try (Workers workers = new Workers(0)) {
            Points input = prep.applyAll(high, workers);
            Points map = new Points(Layouts.flatten(low), n, 2);
            double total = workers.sumChunks(queries.length, 16, (from, to) -> {
                double s = 0;
                for (int q = from; q < to; q++) {
                    int i = queries[q];
                    int[] a = KnnGraph.bruteForce(input, input.row(i), k, i).indices();
                    int[] b = KnnGraph.bruteForce(map, map.row(i), k, i).indices();
                    s += overlap(a, b) / (double) k;
                }
                return s;
            });
            return new Score(total / queries.length, queries.length, n);
        }
    }

    private static int overlap(int[] a, int[] b) {
        int shared = 0;
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    shared++;
                    break;
                }
            }
        }
        return shared;
    }

    private static int[] pickQueries(int n, int maxQueries, long seed) {
        int m = Math.min(n, maxQueries);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (m == n) {
            return all;
        }
        Random random = new Random(seed);
        for (int i = 0; i < m; i++) { // partial Fisher-Yates
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] picked = java.util.Arrays.copyOf(all, m);
        java.util.Arrays.sort(picked);
        return picked;
    }
}
