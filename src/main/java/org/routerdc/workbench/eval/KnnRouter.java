package org.routerdc.workbench.eval;

import java.util.stream.IntStream;

/**
 * Baseline router: a query goes to the LLM with the highest mean score over its k nearest training queries
 * (cosine similarity on L2-normalised embeddings).
 */
public final class KnnRouter {
    public static final int DEFAULT_K = 10;

    private final float[][] trainEmbeddings;
    private final double[][] trainScores;
    private final int k;

    public KnnRouter(float[][] trainEmbeddings, double[][] trainScores, int k) {
        if (trainEmbeddings.length != trainScores.length) {
            throw new IllegalArgumentException(trainEmbeddings.length + " embeddings but " + trainScores.length + " score rows");
        }
        if (trainEmbeddings.length == 0 || k < 1) {
            throw new IllegalArgumentException("kNN needs at least one training query and k >= 1");
        }
        this.trainEmbeddings = trainEmbeddings;
        this.trainScores = trainScores;
        this.k = Math.min(k, trainEmbeddings.length);
    }

    /** The chosen LLM for each query; parallel over queries, deterministic. */
    public int[] route(float[][] queries) {
        return IntStream.range(0, queries.length).parallel().map(i -> route(queries[i])).toArray();
    }

    public int route(float[] query) {
        return RoutingAccuracy.argmax(meanScoresOfNeighbours(nearest(query)));
    }

    /** Indices of the k most similar training queries, most similar first. */
    public int[] nearest(float[] query) {
        return NearestNeighbours.topK(query, trainEmbeddings, k);
    }

    /** Each LLM's mean over the neighbours that have its score (NaN when none has: never chosen). */
    private double[] meanScoresOfNeighbours(int[] neighbours) {
        double[] mean = new double[trainScores[0].length];
        int[] counted = new int[mean.length];
        for (int index : neighbours) {
            double[] scores = trainScores[index];
            for (int llm = 0; llm < mean.length; llm++) {
                if (!Double.isNaN(scores[llm])) {
                    mean[llm] += scores[llm];
                    counted[llm]++;
                }
            }
        }
        for (int llm = 0; llm < mean.length; llm++) {
            mean[llm] = counted[llm] == 0 ? Double.NaN : mean[llm] / counted[llm];
        }
        return mean;
    }
}
