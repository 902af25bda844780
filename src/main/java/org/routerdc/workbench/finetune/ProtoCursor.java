package org.routerdc.workbench.finetune;

import java.nio.charset.StandardCharsets;

/**
 * Reads protobuf wire format (varints, tags, length-delimited spans) from a byte range of a shared buffer.
 * Hand-written because the project carries no protobuf library; only what ONNX needs is supported.
 */
final class ProtoCursor {
    static final int VARINT = 0, FIXED64 = 1, LENGTH_DELIMITED = 2, FIXED32 = 5;

    private final byte[] bytes;
    private final int end;
    private int position;
    private int fieldStart;

    ProtoCursor(byte[] bytes, int start, int end) {
        if (start < 0 || end > bytes.length || start > end) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " of " + bytes.length);
        }
        this.bytes = bytes;
        this.position = start;
        this.end = end;
    }

    boolean hasNext() {
        return position < end;
    }

    /** Reads the next tag; returns it as (fieldNumber << 3 | wireType). */
    int nextTag() {
        fieldStart = position;
        long tag = readVarint();
        if (tag > Integer.MAX_VALUE || (tag >>> 3) == 0) {
            throw malformed("bad tag " + tag);
        }
        return (int) tag;
    }

    /** Offset of the tag of the field last returned by nextTag (for byte-for-byte copying). */
    int fieldStart() {
        return fieldStart;
    }

    int position() {
        return position;
    }

    long readVarint() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position >= end) {
                throw malformed("truncated varint");
            }
            byte b = bytes[position++];
            result |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw malformed("varint longer than 10 bytes");
    }

    /** Returns [start, end) of a length-delimited value and moves past it. */
    int[] readSpan() {
        long length = readVarint();
        if (length < 0 || length > end - position) {
            throw malformed("length " + length + " runs past the enclosing message");
        }
        int start = position;
        position += (int) length;
        return new int[] {start, position};
    }

    /** A cursor over a span of the same buffer (for packed repeated fields and nested messages). */
    ProtoCursor sub(int[] span) {
        return new ProtoCursor(bytes, span[0], span[1]);
    }

    String readString() {
        int[] span = readSpan();
        return new String(bytes, span[0], span[1] - span[0], StandardCharsets.UTF_8);
    }

    int readFixed32() {
        need(4);
        int v = (bytes[position] & 0xff) | (bytes[position + 1] & 0xff) << 8
                | (bytes[position + 2] & 0xff) << 16 | (bytes[position + 3] & 0xff) << 24;
        position += 4;
        return v;
    }

    void skip(int tag) {
        switch (tag & 7) {
            case VARINT -> readVarint();
            case FIXED64 -> { need(8); position += 8; }
            case LENGTH_DELIMITED -> readSpan();
            case FIXED32 -> { need(4); position += 4; }
            default -> throw malformed("unsupported wire type " + (tag & 7));
        }
    }

    private void need(int n) {
        if (end - position < n) {
            throw malformed("truncated fixed-width value");
        }
    }

    private IllegalStateException malformed(String what) {
        return new IllegalStateException("malformed protobuf at byte " + position + ": " + what);
    }

    static int field(int tag) {
        return tag >>> 3;
    }
}
