package org.routerdc.workbench.finetune;

import org.routerdc.workbench.files.Tensor;
import org.routerdc.workbench.files.Safetensors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes (fine-tuned) BERT weights back into the ONNX graph they were imported from: each changed parameter replaces
 * its initializer's data (transposed back to [in, out] for MatMul operands); the rest of the file is copied as is.
 */
public final class OnnxWeightWriter {
    private OnnxWeightWriter() {}

    /**
     * @param sources from {@link OnnxBertImporter.Imported#sources()} of the same model
     * @return the ONNX initializers that were replaced (those whose values changed)
     */
    public static List<String> write(OnnxModelFile model, Map<String, OnnxWeightSource> sources, BertWeights weights,
                                     Path target) throws IOException {
        Map<String, byte[]> replaced = new LinkedHashMap<>();
        weights.tensors().forEach((name, tensor) -> {
            OnnxWeightSource source = sources.get(name);
            if (source == null) {
                throw new IllegalArgumentException("parameter " + name + " has no initializer in the ONNX model");
            }
            OnnxInitializer init = model.initializer(source.initializer());
            Tensor onnxLayout = source.transposed() ? tensor.transposed() : tensor;
            if (!Arrays.equals(onnxLayout.shape(), init.dims())) {
                throw new IllegalArgumentException("parameter " + name + " " + Arrays.toString(onnxLayout.shape())
                        + " does not fit initializer " + init.name() + " " + init.shapeText());
            }
            if (!Arrays.equals(onnxLayout.values(), model.floats(init))) {
                replaced.put(init.name(), littleEndian(onnxLayout.values()));
            }
        });
        OnnxModelRewriter.write(model, replaced, target);
        return List.copyOf(replaced.keySet());
    }

    private static byte[] littleEndian(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return bytes.array();
    }
}
