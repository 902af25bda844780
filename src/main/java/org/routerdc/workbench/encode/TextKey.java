package org.routerdc.workbench.encode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A text's identity in the embedding cache: the first 16 bytes of SHA-256 of its UTF-8 bytes. */
record TextKey(long high, long low) {
    static final int BYTES = 16;

    static TextKey of(String text) {
        ByteBuffer digest = ByteBuffer.wrap(ModelHash.digest(text.getBytes(StandardCharsets.UTF_8)));
        return new TextKey(digest.getLong(), digest.getLong());
    }

    void writeTo(ByteBuffer out) {
        out.putLong(high).putLong(low);
    }

    static TextKey readFrom(ByteBuffer in) {
        return new TextKey(in.getLong(), in.getLong());
    }
}
