package org.routerdc.workbench.finetune;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test helper: builds protobuf messages by hand so the reader is checked against independently written bytes. */
final class ProtoBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtoBytes varint(int field, long value) {
        OnnxModelRewriter.writeVarint(out, (long) field << 3);
        OnnxModelRewriter.writeVarint(out, value);
        return this;
    }

    ProtoBytes bytes(int field, byte[] value) {
        OnnxModelRewriter.writeVarint(out, (long) field << 3 | 2);
        OnnxModelRewriter.writeVarint(out, value.length);
        out.writeBytes(value);
        return this;
    }

    ProtoBytes string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtoBytes message(int field, ProtoBytes value) {
        return bytes(field, value.build());
    }

    byte[] build() {
        return out.toByteArray();
    }
}
