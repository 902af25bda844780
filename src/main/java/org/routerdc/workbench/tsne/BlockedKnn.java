package org.routerdc.workbench.tsne;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Exact k-nearest-neighbour graph by blocked brute force: |a − b|² = |a|² + |b|² − 2a·b with the dot products
 * computed as float axpy loops, matrix-multiply style: a block of points is copied dimension-major into its own
 * arrays (same index on both sides of the loop, so the JIT can prove no aliasing and vectorises it; with an offset
 * into the shared columns it did not, and ran 15× slower), and four queries share each load of a point value.
 * Candidates are screened in float, the kept k get exact double distances. In the 50-d PCA space of sentence
 * embeddings this beats a vantage-point tree, whose pruning fails in high dimension.
 */
final class BlockedKnn {
    private static final int QUERY_BLOCK = 32;
    private static final int POINT_BLOCK = 1024;
    private static final int GROUP = 4;

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
            float[][] block = new float[dim][POINT_BLOCK];
            float[] blockNorms = new float[POINT_BLOCK];
            float[][] acc = new float[GROUP][POINT_BLOCK];
            for (int start = 0; start < n; start += POINT_BLOCK) {
                int len = Math.min(n, start + POINT_BLOCK) - start;
                for (int c = 0; c < dim; c++) {
                    System.arraycopy(columns[c], start, block[c], 0, len);
                }
                System.arraycopy(norms, start, blockNorms, 0, len);
                for (int q = from; q < to; q += GROUP) {
                    dots(columns, block, q, Math.min(to, q + GROUP) - q, len, acc);
                    for (int g = 0; g < GROUP && q + g < to; g++) {
                        screen(norms[q + g], blockNorms, q + g - start, start, len, acc[g], heaps[q + g - from]);
                    }
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

    /** acc[g][j] = row (q + g) · block point j, for g < count (missing queries of a short group repeat the last). */
    private static void dots(float[][] columns, float[][] block, int q, int count, int len, float[][] acc) {
        float[] a0 = acc[0];
        float[] a1 = acc[1];
        float[] a2 = acc[2];
        float[] a3 = acc[3];
        java.util.Arrays.fill(a0, 0, len, 0f);
        java.util.Arrays.fill(a1, 0, len, 0f);
        java.util.Arrays.fill(a2, 0, len, 0f);
        java.util.Arrays.fill(a3, 0, len, 0f);
        int last = count - 1;
        for (int c = 0; c < columns.length; c++) {
            float[] column = columns[c];
            float v0 = column[q];
            float v1 = column[q + Math.min(1, last)];
            float v2 = column[q + Math.min(2, last)];
            float v3 = column[q + Math.min(3, last)];
            float[] x = block[c];
            for (int j = 0; j < len; j++) {
                float xj = x[j];
                a0[j] += v0 * xj;
                a1[j] += v1 * xj;
                a2[j] += v2 * xj;
                a3[j] += v3 * xj;
            }
        }
    }

    /** Offers the block's points closer than the heap's bound; {@code self} is the query's index in the block. */
    private static void screen(float nq, float[] blockNorms, int self, int start, int len, float[] acc,
                               NeighbourHeap heap) {
        for (int j = 0; j < len; j++) {
            acc[j] = Math.max(0f, nq + blockNorms[j] - 2 * acc[j]);
        }
        double bound = heap.bound();
        for (int j = 0; j < len; j++) {
            if (acc[j] < bound && j != self) {
                heap.offer(start + j, acc[j]);
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
