package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The RouterDC model: encoder → residual head → LLM vectors. Returns {@code NDList(scores [B,T], h [B,d])}.
 * The encoder is the identity over precomputed embeddings today; a trainable text encoder can take its place.
 */
public final class RouterBlock extends AbstractBlock {
    private final Block encoder;
    private final ResidualHead head;
    private final LlmVectors llms;

    public RouterBlock(Block encoder, ResidualHead head, LlmVectors llms) {
        this.encoder = addChildBlock("encoder", encoder);
        this.head = addChildBlock("head", head);
        this.llms = addChildBlock("llms", llms);
    }

    /** A router over precomputed embeddings with the given weights, its arrays owned by {@code manager}. */
    public static RouterBlock overEmbeddings(NDManager manager, RouterWeights weights, double temperature) {
        return new RouterBlock(Blocks.identityBlock(), new ResidualHead(manager, weights),
                new LlmVectors(manager, weights.llmVectors(), temperature));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList encoded = encoder.forward(store, inputs, training, params);
        NDArray h = head.forward(store, encoded, training, params).singletonOrThrow();
        NDArray scores = llms.forward(store, new NDList(h), training, params).singletonOrThrow();
        return new NDList(scores, h);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        Shape[] encoded = encoder.getOutputShapes(inputShapes);
        head.initialize(manager, dataType, encoded);
        llms.initialize(manager, dataType, head.getOutputShapes(encoded));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] h = head.getOutputShapes(encoder.getOutputShapes(inputShapes));
        return new Shape[] {llms.getOutputShapes(h)[0], h[0]};
    }

    /** The trainable parameters in a fixed order (head w1, b1, w2, b2, then LLM vectors). */
    public List<Parameter> trainableParameters() {
        List<Parameter> all = new ArrayList<>();
        for (var pair : getParameters()) {
            all.add(pair.getValue());
        }
        return all;
    }

    /** A copy of the current weights as plain arrays. */
    public RouterWeights weights() {
        float[][][] linear = head.linearWeights();
        NDArray k = llms.vectors.getArray();
        float[][] vectors = RouterWeights.unflatten(k.toFloatArray(), (int) k.getShape().get(0), (int) k.getShape().get(1));
        return new RouterWeights(linear[0], head.b1.getArray().toFloatArray(), linear[1], head.b2.getArray().toFloatArray(), vectors);
    }

    public double temperature() {
        return llms.temperature();
    }
}
