package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

/**
 * Shared plumbing of the BERT blocks: parameters carry their Hugging Face names (so weights load and export by
 * name), values are set from imported weights rather than drawn by an initializer, and shapes pass through.
 */
abstract class BertBlockBase extends AbstractBlock {
    protected final BertConfig config;

    BertBlockBase(BertConfig config) {
        this.config = config;
    }

    protected final Parameter hfParameter(String name, Parameter.Type type) {
        return addParameter(Parameter.builder().setName(name).setType(type).optRequiresGrad(true).build());
    }

    protected static NDArray value(ParameterStore ps, Parameter p, NDArray like, boolean training) {
        return ps.getValue(p, like.getDevice(), training);
    }

    protected static NDArray dense(ParameterStore ps, NDArray x, Parameter w, Parameter b, boolean training) {
        return Linear.linear(x, value(ps, w, x, training), value(ps, b, x, training)).singletonOrThrow();
    }

    protected NDArray layerNorm(ParameterStore ps, NDArray x, Parameter gamma, Parameter beta, boolean training) {
        return LayerNorm.layerNorm(x, new Shape(config.hiddenSize()), value(ps, gamma, x, training),
                value(ps, beta, x, training), (float) config.layerNormEps()).singletonOrThrow();
    }

    /** Dropout as in Hugging Face BERT: only while training, identity otherwise. */
    protected static NDArray dropout(NDArray x, double rate, boolean training) {
        return training && rate > 0 ? Dropout.dropout(x, (float) rate, true).singletonOrThrow() : x;
    }

    /** Ready once every parameter holds an array; DJL's default also wants input shapes, which loading never sets. */
    @Override
    public boolean isInitialized() {
        return getParameters().values().stream().allMatch(Parameter::isInitialized);
    }

    /** Weights come from {@link BertEncoderBlock#load}, never from DJL initializers. */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        throw new IllegalStateException("BERT blocks are initialised from weights (BertEncoderBlock.load), not by initialize()");
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}
