package org.routerdc.workbench.finetune;

import java.util.Arrays;
import org.routerdc.workbench.finetune.onnx.TensorProto;

/** One tensor of an ONNX graph (an initializer, or a node's tensor attribute): its header and its message. */
public record OnnxInitializer(String name, int dataType, long[] dims, TensorProto tensor) {
    /** TensorProto.DataType values. */
    public static final int FLOAT = 1, INT64 = 7;
    /** TensorProto.DataLocation EXTERNAL: the values live in another file. */
    static final int EXTERNAL = 1;

    static OnnxInitializer of(TensorProto tensor) {
        long[] dims = tensor.getDimsList().stream().mapToLong(Long::longValue).toArray();
        return new OnnxInitializer(tensor.getName(), tensor.getDataType(), dims, tensor);
    }

    public long elementCount() {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    public String shapeText() {
        return Arrays.toString(dims);
    }
}
