package org.routerdc.workbench.tsne;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Exact k-nearest-neighbour graph by blocked brute force: |a − b|² = |a|² + |b|² − 2a·b with the dot products
 * computed as float axpy loops over a dimension-major copy (which the JIT vectorises), a block of points at a
 * time for a block of queries. Candidates are screened in float, the kept k get exact double distances. In the
 * 50-d PCA space of sentence embeddings this beats a vantage-point tree, whose pruning fails in high dimension.
 */
final class BlockedKnn {
    private static final int QUERY_BLOCK = 32;
    private static final int POINT_BLOCK = 2048;

    private BlockedKnn() {
    }

    static KnnGraph build(Points points, int k, Workers workers, BooleanSupplier cancelled) {
        int n = points.n();
        int dim = points.dim();
        float[][] columns = new float[dim][n];
        float[] norms = new float[n];
        for (int i = 0; i < n; i++) {
            float s = 0;
            for (int c = 0; c < dim; c++) {
                float v = (float) points.values()[i * dim + c];
                columns[c][i] = v;
                s += v * v;
            }
            norms[i] = s;
        }
        int[][] indices = new int[n][];
        double[][] distances = new double[n][];
        workers.forChunks(n, QUERY_BLOCK, (from, to) -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            NeighbourHeap[] heaps = new NeighbourHeap[to - from];
            for (int q = from; q < to; q++) {
                heaps[q - from] = new NeighbourHeap(k);
            }
            float[] acc = new float[POINT_BLOCK];
            for (int start = 0; start < n; start += POINT_BLOCK) {
                int end = Math.min(n, start + POINT_BLOCK);
                for (int q = from; q < to; q++) {
                    scan(columns, norms, q, start, end, acc, heaps[q - from]);
                }
            }
            for (int q = from; q < to; q++) {
                Neighbours nb = exact(points, q, heaps[q - from].sorted());
                indices[q] = nb.indices();
                distances[q] = nb.distances();
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("t-SNE cancelled during the neighbour search");
        }
        return new KnnGraph(indices, distances);
    }

    private static void scan(float[][] columns, float[] norms, int q, int start, int end, float[] acc,
                             NeighbourHeap heap) {
        int len = end - start;
        java.util.Arrays.fill(acc, 0, len, 0f);
        for (float[] column : columns) {
            float v = column[q];
            for (int j = 0; j < len; j++) {
                acc[j] += v * column[start + j];
            }
        }
        float nq = norms[q];
        double bound = heap.bound();
        for (int j = 0; j < len; j++) {
            double d2 = Math.max(0f, nq + norms[start + j] - 2 * acc[j]);
            if (d2 < bound && start + j != q) {
                heap.offer(start + j, d2);
                bound = heap.bound();
            }
        }
    }

    /** Replaces the float-screened squared distances by exact Euclidean distances, nearest first. */
    private static Neighbours exact(Points points, int q, Neighbours screened) {
        NeighbourHeap heap = new NeighbourHeap(screened.indices().length);
        for (int j : screened.indices()) {
            heap.offer(j, Math.sqrt(points.squaredDistance(q, j)));
        }
        return heap.sorted();
    }
}
