package org.routerdc.workbench.encode;

/**
 * Keeps the END of a too-long token sequence, as RouterDC does for queries: the leading special tokens ([CLS]),
 * the last content tokens that fit, and the trailing special tokens ([SEP]).
 */
final class LeftTruncation {
    private LeftTruncation() {
    }

    /** Indices to keep from a sequence with the given special-token mask (1 = special), at most {@code maxLength}. */
    static int[] keptIndices(long[] specialMask, int maxLength) {
        int n = specialMask.length;
        if (n <= maxLength) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int lead = 0;
        while (lead < n && specialMask[lead] == 1) {
            lead++;
        }
        int trail = 0;
        while (trail < n - lead && specialMask[n - 1 - trail] == 1) {
            trail++;
        }
        if (lead + trail >= maxLength) {
            throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room for content after "
                    + (lead + trail) + " special tokens");
        }
        int content = maxLength - lead - trail;
        int[] kept = new int[maxLength];
        int k = 0;
        for (int i = 0; i < lead; i++) {
            kept[k++] = i;
        }
        for (int i = n - trail - content; i < n - trail; i++) {
            kept[k++] = i;
        }
        for (int i = n - trail; i < n; i++) {
            kept[k++] = i;
        }
        return kept;
    }

    static long[] select(long[] values, int[] indices) {
        long[] out = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }
}
