package org.routerdc.workbench.encode;

/** Token ids and token type ids of one text, already truncated; every token is real (no padding). */
public record TokenizedText(long[] ids, long[] typeIds) {
    public TokenizedText {
        if (ids.length != typeIds.length) {
            throw new IllegalArgumentException("ids and typeIds differ in length: " + ids.length + " vs " + typeIds.length);
        }
    }

    public int length() {
        return ids.length;
    }
}
