package org.routerdc.workbench.finetune;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every parameter of a BERT encoder (no pooler), by Hugging Face name, with its shape in torch layout. */
public final class BertParameters {
    private BertParameters() {}

    public static Map<String, long[]> shapes(BertConfig c) {
        long h = c.hiddenSize(), i = c.intermediateSize();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put("embeddings.word_embeddings.weight", new long[] {c.vocabSize(), h});
        shapes.put("embeddings.position_embeddings.weight", new long[] {c.maxPositions(), h});
        shapes.put("embeddings.token_type_embeddings.weight", new long[] {c.typeVocabSize(), h});
        layerNorm(shapes, "embeddings.LayerNorm", h);
        for (int l = 0; l < c.numLayers(); l++) {
            String p = layerPrefix(l);
            linear(shapes, p + "attention.self.query", h, h);
            linear(shapes, p + "attention.self.key", h, h);
            linear(shapes, p + "attention.self.value", h, h);
            linear(shapes, p + "attention.output.dense", h, h);
            layerNorm(shapes, p + "attention.output.LayerNorm", h);
            linear(shapes, p + "intermediate.dense", i, h);
            linear(shapes, p + "output.dense", h, i);
            layerNorm(shapes, p + "output.LayerNorm", h);
        }
        return shapes;
    }

    public static String layerPrefix(int layer) {
        return "encoder.layer." + layer + ".";
    }

    /** Dense-layer weights, the ones an ONNX export stores transposed as MatMul operands. */
    public static boolean isDenseWeight(String name) {
        return name.endsWith(".weight") && !name.contains("LayerNorm") && !name.startsWith("embeddings.");
    }

    private static void linear(Map<String, long[]> shapes, String prefix, long out, long in) {
        shapes.put(prefix + ".weight", new long[] {out, in});
        shapes.put(prefix + ".bias", new long[] {out});
    }

    private static void layerNorm(Map<String, long[]> shapes, String prefix, long h) {
        shapes.put(prefix + ".weight", new long[] {h});
        shapes.put(prefix + ".bias", new long[] {h});
    }
}
