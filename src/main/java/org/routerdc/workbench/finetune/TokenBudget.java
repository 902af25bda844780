package org.routerdc.workbench.finetune;

import java.util.function.IntUnaryOperator;

/**
 * Forward passes without a graph (the prefix cache, evaluation) take length-sorted rows in chunks of at most 32 rows
 * and 4,096 padded tokens. A row cap alone is not enough: 32 rows of 512 tokens hold 400 MB per attention-score
 * array, several alive per layer.
 */
final class TokenBudget {
    static final int MAX_ROWS = 32;
    static final int MAX_TOKENS = 4096;

    private TokenBudget() {
    }

    /**
     * End (exclusive) of the chunk that starts at {@code from}, over {@code count} rows sorted by ascending length;
     * at least one row, however long.
     */
    static int chunkEnd(int from, int count, IntUnaryOperator lengthAt) {
        int to = from;
        while (to < count && to - from < MAX_ROWS && (long) (to - from + 1) * lengthAt.applyAsInt(to) <= MAX_TOKENS) {
            to++;
        }
        return Math.max(to, from + 1);
    }
}
