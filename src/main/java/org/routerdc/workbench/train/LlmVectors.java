package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** One learned vector k_t per LLM; maps a projected query h to scores cos(h, k_t) / tau. */
public final class LlmVectors extends AbstractBlock {
    final Parameter vectors;
    private final double temperature;

    LlmVectors(NDManager manager, float[][] initial, double temperature) {
        this.temperature = temperature;
        vectors = addParameter(Parameter.builder().setName("llm_vectors").setType(Parameter.Type.WEIGHT).build());
        vectors.setArray(manager.create(RouterWeights.flatten(initial), new Shape(initial.length, initial[0].length)));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray h = inputs.singletonOrThrow();
        NDArray k = ResidualHead.value(store, vectors, h, training);
        NDArray hUnit = h.div(h.norm(new int[] {1}, true));
        NDArray kUnit = k.div(k.norm(new int[] {1}, true));
        return new NDList(hUnit.matMul(kUnit.transpose()).div(GraphConstant.like(hUnit, temperature)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), vectors.getArray().getShape().get(0))};
    }

    double temperature() {
        return temperature;
    }
}
