package org.routerdc.workbench.finetune;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Test helper: builds protobuf messages by hand so the reader is checked against independently written bytes. */
final class ProtoBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtoBytes varint(int field, long value) {
        writeVarint((long) field << 3);
        writeVarint(value);
        return this;
    }

    ProtoBytes bytes(int field, byte[] value) {
        writeVarint((long) field << 3 | 2);
        writeVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    /** One float as its own field (wire type 5): how a writer that does not pack repeated fields stores them. */
    ProtoBytes fixed32(int field, float value) {
        writeVarint((long) field << 3 | 5);
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array());
        return this;
    }

    private void writeVarint(long value) {
        while ((value & ~0x7fL) != 0) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    ProtoBytes string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtoBytes message(int field, ProtoBytes value) {
        return bytes(field, value.build());
    }

    /** A one-node model y = x · w with a 2×2 float initializer, as an exporter would write it. */
    static byte[] tinyMatMulModel(String weightName, String nodeName, float[] weights) {
        return tinyMatMulModel(weightName, nodeName, new ProtoBytes().varint(1, 2).varint(1, 2).varint(2, 1)
                .string(8, weightName).bytes(9, littleEndian(weights)));
    }

    /** The same model with the weight's TensorProto given (dims, data_type, name and data as the caller wants). */
    static byte[] tinyMatMulModel(String weightName, String nodeName, ProtoBytes tensor) {
        ProtoBytes node = new ProtoBytes().string(1, "x").string(1, weightName).string(2, "y").string(3, nodeName)
                .string(4, "MatMul");
        ProtoBytes graph = new ProtoBytes().message(1, node).string(2, "g").message(5, tensor)
                .message(11, new ProtoBytes().string(1, "x")).message(12, new ProtoBytes().string(1, "y"));
        return new ProtoBytes().varint(1, 7).string(2, "hand").message(7, graph)
                .message(8, new ProtoBytes().string(1, "").varint(2, 13)).build();
    }

    static byte[] littleEndian(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    byte[] build() {
        return out.toByteArray();
    }
}
