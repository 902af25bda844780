package org.routerdc.workbench.finetune;

import java.util.Map;
import java.util.Optional;

/**
 * Infers a {@link BertConfig} from an ONNX export: sizes from the initializer shapes, the head size from the
 * attention-score divisor (sqrt(head size)) and epsilon from the embeddings LayerNorm; both are Constant nodes.
 */
final class OnnxBertConfigReader {
    private OnnxBertConfigReader() {}

    static BertConfig infer(OnnxModelFile model, Map<String, OnnxWeightSource> sources) {
        long[] words = dims(model, sources, "embeddings.word_embeddings.weight");
        long[] intermediate = dims(model, sources, "encoder.layer.0.intermediate.dense.bias");
        int layers = 0;
        while (sources.containsKey(BertParameters.layerPrefix(layers) + "output.LayerNorm.weight")) {
            layers++;
        }
        int hidden = (int) words[1];
        float scale = constantInput(model, "/encoder/layer.0/attention/self/Div")
                .orElseThrow(() -> new IllegalArgumentException("cannot find the attention scale to infer the head count"));
        int headSize = Math.round(scale * scale);
        // via Float.toString so that float32 1e-12 reads back as the config's decimal 1e-12
        double eps = Double.parseDouble(Float.toString(constantInput(model, "/embeddings/LayerNorm/Add").orElse(1e-12f)));
        boolean erf = model.nodes().stream().anyMatch(n -> n.opType().equals("Erf"));
        return new BertConfig((int) words[0], hidden, layers, hidden / headSize, (int) intermediate[0],
                (int) dims(model, sources, "embeddings.position_embeddings.weight")[0],
                (int) dims(model, sources, "embeddings.token_type_embeddings.weight")[0],
                eps, erf ? "gelu" : "unknown");
    }

    private static long[] dims(OnnxModelFile model, Map<String, OnnxWeightSource> sources, String hfName) {
        OnnxWeightSource source = sources.get(hfName);
        if (source == null) {
            throw new IllegalArgumentException("cannot infer the config: " + hfName + " not found");
        }
        return model.initializer(source.initializer()).dims();
    }

    /** The scalar float a node takes from a Constant node (e.g. Div by sqrt(d), Add of epsilon). */
    private static Optional<Float> constantInput(OnnxModelFile model, String nodeName) {
        Optional<OnnxNode> node = model.nodes().stream().filter(n -> n.name().equals(nodeName)).findFirst();
        if (node.isEmpty()) {
            return Optional.empty();
        }
        for (OnnxNode constant : model.nodes()) {
            OnnxInitializer value = constant.tensorAttributes().get("value");
            if (constant.opType().equals("Constant") && value != null && value.elementCount() == 1
                    && value.dataType() == OnnxInitializer.FLOAT && node.get().inputs().contains(constant.outputs().getFirst())) {
                return Optional.of(model.floats(value)[0]);
            }
        }
        return Optional.empty();
    }
}
