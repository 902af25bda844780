package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.routerdc.workbench.train.GraphConstant;

/**
 * Embeddings plus the lower layers: (input_ids, attention_mask, token_type_ids) → (hidden, mask bias).
 * As the frozen prefix of a split encoder its output is computed once per batch and cached.
 */
public final class BertInputBlock extends BertBlockBase {
    private final BertEmbeddingsBlock embeddings;
    private final BertLayerStack lower;

    BertInputBlock(BertConfig config, BertEmbeddingsBlock embeddings, BertLayerStack lower) {
        super(config);
        this.embeddings = addChildBlock("embeddings", embeddings);
        this.lower = addChildBlock("lower", lower);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.get(0), mask = inputs.get(1), types = inputs.get(2);
        NDArray hidden = embeddings.forward(ps, new NDList(ids, types), training).singletonOrThrow();
        return lower.forward(ps, new NDList(hidden, maskBias(mask)), training);
    }

    /**
     * [B, T] 1/0 mask → [B, 1, 1, T] additive bias: 0 where attended, {@link #PADDED_KEY_BIAS} where padded, so
     * softmax gives padded keys exactly zero weight, as the ONNX export's most negative float does.
     */
    static NDArray maskBias(NDArray mask) {
        long b = mask.getShape().get(0), t = mask.getShape().get(1);
        NDArray m = mask.toType(DataType.FLOAT32, false);
        return m.sub(GraphConstant.like(m, 1)).mul(GraphConstant.like(m, -PADDED_KEY_BIAS)).reshape(b, 1, 1, t);
    }

    /**
     * Finite and far from the float range's edge, where -Float.MAX_VALUE plus a score sits; exp(-1e9) is 0 in
     * float32 just the same, so attention weights are unchanged. (Tried while chasing NaN gradients, whose cause
     * was a freed constant, see GraphConstant; kept because it is equivalent and safer.)
     */
    static final float PADDED_KEY_BIAS = -1e9f;

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape ids = inputShapes[0];
        return new Shape[] {ids.add(config.hiddenSize()), new Shape(ids.get(0), 1, 1, ids.get(1))};
    }
}
