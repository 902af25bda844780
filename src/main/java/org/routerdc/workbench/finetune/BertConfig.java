package org.routerdc.workbench.finetune;

import org.routerdc.workbench.files.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hyper-parameters of a BERT-family encoder, named as in a Hugging Face config.json. Dropout only acts in
 * training forwards; it does not change what an ONNX export computes, so an inferred config gets BERT's 0.1.
 */
public record BertConfig(int vocabSize, int hiddenSize, int numLayers, int numHeads, int intermediateSize,
                         int maxPositions, int typeVocabSize, double layerNormEps, String hiddenAct,
                         double hiddenDropout, double attentionDropout) {
    public static final double DEFAULT_DROPOUT = 0.1;
    private static final ObjectMapper JSON = new ObjectMapper();

    public BertConfig {
        if (numHeads <= 0 || hiddenSize % numHeads != 0) {
            throw new IllegalArgumentException("hidden_size " + hiddenSize + " is not divisible by " + numHeads + " heads");
        }
        if (!"gelu".equals(hiddenAct)) {
            // the tanh approximations ("gelu_new", "gelu_pytorch_tanh") would silently change every output
            throw new IllegalArgumentException("hidden_act '" + hiddenAct + "' is not supported, only erf 'gelu'");
        }
        if (!(hiddenDropout >= 0 && hiddenDropout < 1 && attentionDropout >= 0 && attentionDropout < 1)) {
            throw new IllegalArgumentException("dropout probabilities must be in [0, 1)");
        }
    }

    /** With BERT's default dropout (0.1 on hidden states and attention probabilities). */
    public BertConfig(int vocabSize, int hiddenSize, int numLayers, int numHeads, int intermediateSize,
                      int maxPositions, int typeVocabSize, double layerNormEps, String hiddenAct) {
        this(vocabSize, hiddenSize, numLayers, numHeads, intermediateSize, maxPositions, typeVocabSize, layerNormEps,
                hiddenAct, DEFAULT_DROPOUT, DEFAULT_DROPOUT);
    }

    public BertConfig withDropout(double hidden, double attention) {
        return new BertConfig(vocabSize, hiddenSize, numLayers, numHeads, intermediateSize, maxPositions, typeVocabSize,
                layerNormEps, hiddenAct, hidden, attention);
    }

    public int headSize() {
        return hiddenSize / numHeads;
    }

    public static BertConfig read(Path configJson) throws IOException {
        JsonNode n = JSON.readTree(configJson.toFile());
        try {
            return new BertConfig(required(n, "vocab_size"), required(n, "hidden_size"), required(n, "num_hidden_layers"),
                    required(n, "num_attention_heads"), required(n, "intermediate_size"),
                    required(n, "max_position_embeddings"), n.path("type_vocab_size").asInt(2),
                    n.path("layer_norm_eps").asDouble(1e-12), n.path("hidden_act").asText("gelu"),
                    n.path("hidden_dropout_prob").asDouble(DEFAULT_DROPOUT),
                    n.path("attention_probs_dropout_prob").asDouble(DEFAULT_DROPOUT));
        } catch (IllegalArgumentException e) {
            throw new IOException(configJson + ": " + e.getMessage(), e);
        }
    }

    public void write(Path configJson) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("model_type", "bert");
        n.putArray("architectures").add("BertModel");
        n.put("vocab_size", vocabSize).put("hidden_size", hiddenSize).put("num_hidden_layers", numLayers)
                .put("num_attention_heads", numHeads).put("intermediate_size", intermediateSize)
                .put("max_position_embeddings", maxPositions).put("type_vocab_size", typeVocabSize)
                .put("layer_norm_eps", layerNormEps).put("hidden_act", hiddenAct)
                .put("hidden_dropout_prob", hiddenDropout).put("attention_probs_dropout_prob", attentionDropout);
        AtomicFiles.writeString(configJson, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n));
    }

    private static int required(JsonNode n, String field) {
        if (!n.path(field).canConvertToInt()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not an integer");
        }
        return n.get(field).asInt();
    }
}
