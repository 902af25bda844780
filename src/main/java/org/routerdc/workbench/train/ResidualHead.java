package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * h(x) = x + W2·GELU(W1·x + b1) + b2, an identity map at initialisation (W2, b2 = 0). The weights are stored
 * input-major ([d, hidden] and [hidden, d]) so the batch is always the left operand: results then belong to the
 * batch's NDManager, which is what lets each step free its temporaries.
 */
public final class ResidualHead extends AbstractBlock {
    final Parameter w1;
    final Parameter b1;
    final Parameter w2;
    final Parameter b2;

    ResidualHead(NDManager manager, RouterWeights weights) {
        w1 = addParameter(Parameter.builder().setName("w1").setType(Parameter.Type.WEIGHT).build());
        b1 = addParameter(Parameter.builder().setName("b1").setType(Parameter.Type.BIAS).build());
        w2 = addParameter(Parameter.builder().setName("w2").setType(Parameter.Type.WEIGHT).build());
        b2 = addParameter(Parameter.builder().setName("b2").setType(Parameter.Type.BIAS).build());
        int d = weights.dimension();
        int hidden = weights.hidden();
        w1.setArray(manager.create(RouterWeights.flatten(RouterWeights.transpose(weights.w1())), new Shape(d, hidden)));
        b1.setArray(manager.create(weights.b1()));
        w2.setArray(manager.create(RouterWeights.flatten(RouterWeights.transpose(weights.w2())), new Shape(hidden, d)));
        b2.setArray(manager.create(weights.b2()));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray hidden = Activation.gelu(x.matMul(value(store, w1, x, training)).add(value(store, b1, x, training)));
        NDArray delta = hidden.matMul(value(store, w2, x, training)).add(value(store, b2, x, training));
        return new NDList(x.add(delta));
    }

    static NDArray value(ParameterStore store, Parameter parameter, NDArray like, boolean training) {
        return store.getValue(parameter, like.getDevice(), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    /** Weights back in nn.Linear layout. */
    float[][][] linearWeights() {
        int d = (int) w1.getArray().getShape().get(0);
        int hidden = (int) w1.getArray().getShape().get(1);
        float[][] w1t = RouterWeights.unflatten(w1.getArray().toFloatArray(), d, hidden);
        float[][] w2t = RouterWeights.unflatten(w2.getArray().toFloatArray(), hidden, d);
        return new float[][][] {RouterWeights.transpose(w1t), RouterWeights.transpose(w2t)};
    }
}
