package org.routerdc.workbench.finetune;

import java.util.Arrays;

/** Decodes a TensorProto's header (name, type, dims) and locates its data without copying it. */
final class OnnxTensorHeader {
    // onnx.proto TensorProto field numbers
    static final int DIMS = 1, DATA_TYPE = 2, FLOAT_DATA = 4, INT64_DATA = 7, NAME = 8, RAW_DATA = 9,
            EXTERNAL_DATA = 13, DATA_LOCATION = 14;

    private OnnxTensorHeader() {}

    static OnnxInitializer parse(byte[] bytes, int fieldStart, int start, int end) {
        ProtoCursor tensor = new ProtoCursor(bytes, start, end);
        long[] dims = new long[0];
        int dataType = 0, dataStart = -1, dataEnd = -1;
        String name = "";
        OnnxInitializer.Storage storage = OnnxInitializer.Storage.NONE;
        while (tensor.hasNext()) {
            int tag = tensor.nextTag();
            int field = ProtoCursor.field(tag);
            switch (field) {
                case DIMS -> dims = appendDims(dims, tensor, tag);
                case DATA_TYPE -> dataType = (int) tensor.readVarint();
                case NAME -> name = tensor.readString();
                case RAW_DATA, FLOAT_DATA, INT64_DATA -> {
                    if ((tag & 7) != ProtoCursor.LENGTH_DELIMITED) {
                        throw new IllegalStateException("tensor '" + name + "': unpacked repeated data is not supported");
                    }
                    int[] span = tensor.readSpan();
                    dataStart = span[0];
                    dataEnd = span[1];
                    storage = field == RAW_DATA ? OnnxInitializer.Storage.RAW_DATA
                            : field == FLOAT_DATA ? OnnxInitializer.Storage.FLOAT_DATA : OnnxInitializer.Storage.INT64_DATA;
                }
                case EXTERNAL_DATA -> {
                    storage = OnnxInitializer.Storage.EXTERNAL;
                    tensor.skip(tag);
                }
                case DATA_LOCATION -> {
                    if (tensor.readVarint() == 1) {
                        storage = OnnxInitializer.Storage.EXTERNAL;
                    }
                }
                default -> tensor.skip(tag);
            }
        }
        return new OnnxInitializer(name, dataType, dims, storage, fieldStart, start, end, dataStart, dataEnd);
    }

    /** dims is repeated int64: packed (one span of varints) or one varint per field. */
    private static long[] appendDims(long[] dims, ProtoCursor tensor, int tag) {
        if ((tag & 7) == ProtoCursor.VARINT) {
            long[] grown = Arrays.copyOf(dims, dims.length + 1);
            grown[dims.length] = tensor.readVarint();
            return grown;
        }
        int[] span = tensor.readSpan();
        ProtoCursor packed = tensor.sub(span);
        long[] grown = dims;
        while (packed.hasNext()) {
            grown = Arrays.copyOf(grown, grown.length + 1);
            grown[grown.length - 1] = packed.readVarint();
        }
        return grown;
    }
}
