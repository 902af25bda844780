package org.routerdc.workbench.finetune;

import org.routerdc.workbench.files.Tensor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT encoder (no pooler) as DJL blocks: (input_ids, attention_mask, token_type_ids), all [B, T] int64,
 * → (last_hidden_state [B, T, H]). Parameters carry Hugging Face names.
 */
public final class BertEncoderBlock extends BertBlockBase {
    private final BertEmbeddingsBlock embeddings;
    private final List<BertLayerBlock> layers = new ArrayList<>();
    private final BertInputBlock input;
    private final BertLayerStack upper;

    private BertEncoderBlock(BertConfig config) {
        super(config);
        embeddings = new BertEmbeddingsBlock(config);
        for (int i = 0; i < config.numLayers(); i++) {
            layers.add(new BertLayerBlock(config, i));
        }
        input = addChildBlock("input", new BertInputBlock(config, embeddings, new BertLayerStack(config, List.of())));
        upper = addChildBlock("layers", new BertLayerStack(config, layers));
    }

    /** Builds the encoder with the given weights as arrays of {@code manager}; gradients are attached. */
    public static BertEncoderBlock load(BertWeights weights, NDManager manager) {
        BertEncoderBlock encoder = new BertEncoderBlock(weights.config());
        for (Parameter p : encoder.parametersByName().values()) {
            Tensor t = weights.get(p.getName());
            p.setArray(manager.create(t.values(), new Shape(t.shape())));
            p.initialize(manager, DataType.FLOAT32); // keeps the array, attaches its gradient
        }
        return encoder;
    }

    public BertConfig config() {
        return config;
    }

    /** Every parameter by Hugging Face name (each exactly once). */
    public Map<String, Parameter> parametersByName() {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter p : getParameters().values()) {
            byName.putIfAbsent(p.getName(), p);
        }
        return byName;
    }

    /** The current parameter values, e.g. after fine-tuning. */
    public BertWeights weights() {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        parametersByName().forEach((name, p) ->
                tensors.put(name, new Tensor(p.getArray().getShape().getShape(), p.getArray().toFloatArray())));
        return new BertWeights(config, tensors);
    }

    /**
     * Freezes the embeddings and layers below {@code firstTrainableLayer} and unfreezes the rest;
     * {@code splitAt(numLayers - 2)} trains the top two layers.
     */
    public BertEncoderSplit splitAt(int firstTrainableLayer) {
        if (firstTrainableLayer < 0 || firstTrainableLayer > layers.size()) {
            throw new IllegalArgumentException("split layer " + firstTrainableLayer + " outside 0.." + layers.size());
        }
        BertInputBlock prefix = new BertInputBlock(config, embeddings,
                new BertLayerStack(config, layers.subList(0, firstTrainableLayer)));
        BertLayerStack suffix = new BertLayerStack(config, layers.subList(firstTrainableLayer, layers.size()));
        prefix.freezeParameters(true);
        suffix.freezeParameters(false);
        return new BertEncoderSplit(prefix, suffix);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(upper.forward(ps, input.forward(ps, inputs, training), training).get(0));
    }

    /** bge pooling: the [CLS] token's final hidden state, L2-normalised. [B, T, H] → [B, H]. */
    public static NDArray clsEmbedding(NDArray lastHiddenState) {
        NDArray cls = lastHiddenState.get(":, 0, :");
        return cls.div(cls.square().sum(new int[] {-1}, true).sqrt());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].add(config.hiddenSize())};
    }
}
