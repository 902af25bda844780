package org.routerdc.workbench.finetune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a batch into groups of similar length so each group pads only to its own longest row. A random batch of
 * the paper's queries pads to 4.7× its real tokens; grouping cuts the encoder's work to about its real tokens.
 */
final class LengthBuckets {
    /** What one more forward pass costs, in padded tokens (the ops' fixed overhead on a CPU is a few milliseconds). */
    static final int GROUP_OVERHEAD_TOKENS = 32;

    private LengthBuckets() {}

    /**
     * Positions into {@code lengths}, grouped to minimise padded tokens + overhead per group (exact, by dynamic
     * programming over the length-sorted positions); every position appears once.
     */
    static int[][] group(int[] lengths) {
        int n = lengths.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> lengths[i]));
        long[] best = new long[n + 1]; // best[i]: cost of grouping the i shortest
        int[] start = new int[n + 1];
        for (int end = 1; end <= n; end++) {
            best[end] = Long.MAX_VALUE;
            long longest = lengths[order[end - 1]];
            for (int from = 0; from < end; from++) {
                long cost = best[from] + (end - from) * longest + GROUP_OVERHEAD_TOKENS;
                if (cost < best[end]) {
                    best[end] = cost;
                    start[end] = from;
                }
            }
        }
        List<int[]> groups = new ArrayList<>();
        for (int end = n; end > 0; end = start[end]) {
            int[] group = new int[end - start[end]];
            for (int i = 0; i < group.length; i++) {
                group[i] = order[start[end] + i];
            }
            groups.addFirst(group);
        }
        return groups.toArray(int[][]::new);
    }
}
