package org.routerdc.workbench.finetune;

/**
 * One graph initializer as found in the file: its header fields plus byte offsets into the model's buffer,
 * so the data can be read lazily and the message can be re-encoded when written back.
 *
 * @param fieldStart offset of the GraphProto field tag that wraps this TensorProto
 * @param messageStart offset of the TensorProto's first field
 * @param messageEnd offset just after the TensorProto
 * @param dataStart offset of the tensor values (raw_data bytes or packed float_data/int64_data)
 */
public record OnnxInitializer(String name, int dataType, long[] dims, Storage storage,
                              int fieldStart, int messageStart, int messageEnd, int dataStart, int dataEnd) {
    public static final int FLOAT = 1, INT64 = 7;

    /** Where the values live; only in-file storage can be read or replaced. */
    public enum Storage { RAW_DATA, FLOAT_DATA, INT64_DATA, EXTERNAL, NONE }

    public long elementCount() {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    public String shapeText() {
        return java.util.Arrays.toString(dims);
    }
}
