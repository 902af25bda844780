package org.routerdc.workbench.encode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups texts of similar token count so padding is small: sorts indices by length and cuts batches of at most
 * {@code batchSize} texts and {@code maxBatchTokens} padded tokens (a single over-long text still gets its own batch).
 */
final class LengthBatcher {
    private LengthBatcher() {
    }

    /** Batches of original indices, each sorted by ascending length; every index appears exactly once. */
    static List<int[]> plan(int[] lengths, int batchSize, int maxBatchTokens) {
        Integer[] order = new Integer[lengths.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> lengths[i]).thenComparingInt(i -> i));
        List<int[]> batches = new ArrayList<>();
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            // Sorted ascending, so the newest member is the longest and sets the padded length.
            while (end < order.length && end - start < batchSize
                    && (long) (end - start + 1) * lengths[order[end]] <= maxBatchTokens) {
                end++;
            }
            int[] batch = new int[end - start];
            for (int k = 0; k < batch.length; k++) {
                batch[k] = order[start + k];
            }
            batches.add(batch);
            start = end;
        }
        return batches;
    }
}
