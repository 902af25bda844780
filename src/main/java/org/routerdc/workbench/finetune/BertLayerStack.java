package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/** Consecutive encoder layers: (hidden, mask bias) → (hidden, mask bias). The trainable part of a split encoder. */
public final class BertLayerStack extends BertBlockBase {
    private final List<BertLayerBlock> layers;

    BertLayerStack(BertConfig config, List<BertLayerBlock> layers) {
        super(config);
        this.layers = List.copyOf(layers);
        for (BertLayerBlock layer : layers) {
            addChildBlock("layer" + layer.index(), layer);
        }
    }

    /** Indices (in the whole encoder) of the layers in this stack. */
    public List<Integer> layerIndices() {
        return layers.stream().map(BertLayerBlock::index).toList();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList x = inputs;
        for (BertLayerBlock layer : layers) {
            x = layer.forward(ps, x, training);
        }
        return x;
    }
}
