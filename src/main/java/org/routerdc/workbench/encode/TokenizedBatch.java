package org.routerdc.workbench.encode;

import java.util.Arrays;
import java.util.List;

/** Right-padded rectangular model inputs for a batch of texts: all three arrays are [batch][length]. */
public record TokenizedBatch(long[][] inputIds, long[][] attentionMask, long[][] tokenTypeIds) {

    /** Pads texts on the right to the longest one with {@code padId} (attention mask 0, type id 0). */
    public static TokenizedBatch pad(List<TokenizedText> texts, long padId) {
        int length = texts.stream().mapToInt(TokenizedText::length).max().orElse(0);
        long[][] ids = new long[texts.size()][length];
        long[][] mask = new long[texts.size()][length];
        long[][] types = new long[texts.size()][length];
        for (int row = 0; row < texts.size(); row++) {
            TokenizedText text = texts.get(row);
            int n = text.length();
            Arrays.fill(ids[row], padId);
            System.arraycopy(text.ids(), 0, ids[row], 0, n);
            Arrays.fill(mask[row], 0, n, 1L);
            System.arraycopy(text.typeIds(), 0, types[row], 0, n);
        }
        return new TokenizedBatch(ids, mask, types);
    }

    public int size() {
        return inputIds.length;
    }

    /** Padded length (tokens per row). */
    public int length() {
        return inputIds.length == 0 ? 0 : inputIds[0].length;
    }
}
