package org.routerdc.workbench.finetune;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.files.Tensor;

/**
 * The fine-tuned encoder as ONNX Runtime loads it: the original graph, unchanged, plus a safetensors file of the
 * initializers whose values changed, keyed by initializer name and in ONNX layout (MatMul operands transposed back to
 * [in, out]). ONNX Runtime puts them in place of the graph's own when the session opens
 * ({@code SessionOptions.addInitializer}).
 */
public final class InitializerOverrides {
    private InitializerOverrides() {}

    /**
     * @param sources from {@link OnnxBertImporter.Imported#sources()} of the same model
     * @return the changed initializers, by ONNX name, as written to {@code file}
     */
    public static Map<String, Tensor> write(OnnxModelFile model, Map<String, OnnxWeightSource> sources,
                                            BertWeights weights, Path file) throws IOException {
        Map<String, Tensor> changed = changed(model, sources, weights);
        Safetensors.write(file, changed, Map.of("format", "onnx-initializers"));
        return changed;
    }

    static Map<String, Tensor> changed(OnnxModelFile model, Map<String, OnnxWeightSource> sources, BertWeights weights) {
        Map<String, Tensor> changed = new LinkedHashMap<>();
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
                changed.put(init.name(), onnxLayout);
            }
        });
        return changed;
    }
}
