package org.routerdc.workbench.tsne;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs work over fixed index chunks on a pool sized to the machine. Chunk boundaries depend only on the problem
 * size, and every chunk writes its own slots, so results are identical whatever the thread count.
 */
public final class Workers implements AutoCloseable {
    /** Work over the half-open index range [from, to). */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    private final ForkJoinPool pool;

    public Workers(int threads) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.pool = new ForkJoinPool(n);
    }

    public int threads() {
        return pool.getParallelism();
    }

    /** Splits [0, n) into chunks of {@code chunk} indices and runs them in parallel. */
    public void forChunks(int n, int chunk, Range work) {
        int chunks = chunkCount(n, chunk);
        if (chunks <= 1) {
            work.run(0, n);
            return;
        }
        pool.submit(() -> IntStream.range(0, chunks).parallel()
                .forEach(c -> work.run(c * chunk, Math.min(n, (c + 1) * chunk)))).join();
    }

    /** Sums a per-chunk quantity in chunk order, so the total does not depend on scheduling. */
    public double sumChunks(int n, int chunk, ChunkSum sum) {
        int chunks = chunkCount(n, chunk);
        double[] partial = new double[chunks];
        forChunks(chunks, 1, (from, to) -> {
            for (int c = from; c < to; c++) {
                partial[c] = sum.sum(c * chunk, Math.min(n, (c + 1) * chunk));
            }
        });
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return total;
    }

    /** A chunk's contribution to a sum. */
    @FunctionalInterface
    public interface ChunkSum {
        double sum(int from, int to);
    }

    static int chunkCount(int n, int chunk) {
        return (n + chunk - 1) / chunk;
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
