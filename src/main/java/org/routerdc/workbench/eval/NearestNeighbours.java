package org.routerdc.workbench.eval;

import java.util.PriorityQueue;

/** Exact top-k search by dot product (cosine similarity for L2-normalised vectors). */
public final class NearestNeighbours {
    private NearestNeighbours() {
    }

    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Indices of the k candidates with the highest dot product with {@code query}, best first (ties: lower index first). */
    public static int[] topK(float[] query, float[][] candidates, int k) {
        int wanted = Math.min(k, candidates.length);
        // Min-heap on similarity keeps the k best seen so far.
        PriorityQueue<double[]> best = new PriorityQueue<>(wanted + 1,
                (x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(y[1], x[1]));
        for (int i = 0; i < candidates.length; i++) {
            best.add(new double[]{dot(query, candidates[i]), i});
            if (best.size() > wanted) {
                best.poll();
            }
        }
        int[] result = new int[best.size()];
        for (int slot = result.length - 1; slot >= 0; slot--) {
            result[slot] = (int) best.poll()[1];
        }
        return result;
    }
}
