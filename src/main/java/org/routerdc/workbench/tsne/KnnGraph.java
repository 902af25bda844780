package org.routerdc.workbench.tsne;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Exact k nearest neighbours of every point: brute force for small n, blocked distance tiles otherwise. */
record KnnGraph(int[][] indices, double[][] distances) {
    static final int BRUTE_FORCE_BELOW = 2000;

    static KnnGraph build(Points points, int k, Workers workers, BooleanSupplier cancelled) {
        if (points.n() >= BRUTE_FORCE_BELOW) {
            return BlockedKnn.build(points, k, workers, cancelled);
        }
        int n = points.n();
        int[][] indices = new int[n][];
        double[][] distances = new double[n][];
        workers.forChunks(n, 64, (from, to) -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            for (int i = from; i < to; i++) {
                Neighbours nb = bruteForce(points, points.row(i), k, i);
                indices[i] = nb.indices();
                distances[i] = nb.distances();
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("t-SNE cancelled during the neighbour search");
        }
        return new KnnGraph(indices, distances);
    }

    static Neighbours bruteForce(Points points, double[] query, int k, int exclude) {
        NeighbourHeap heap = new NeighbourHeap(k);
        for (int j = 0; j < points.n(); j++) {
            if (j != exclude) {
                double d2 = points.squaredDistanceTo(query, j);
                if (d2 < heap.bound() * heap.bound() || heap.bound() == Double.POSITIVE_INFINITY) {
                    heap.offer(j, Math.sqrt(d2));
                }
            }
        }
        return heap.sorted();
    }
}
