package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** One encoder layer. Input and output (hidden [B, T, H], mask bias [B, 1, 1, T]) so that layers chain. */
final class BertLayerBlock extends BertBlockBase {
    private final int index;
    private final BertSelfAttentionBlock attention;
    private final BertFeedForwardBlock feedForward;

    BertLayerBlock(BertConfig config, int index) {
        super(config);
        this.index = index;
        attention = addChildBlock("attention", new BertSelfAttentionBlock(config, index));
        feedForward = addChildBlock("feedForward", new BertFeedForwardBlock(config, index));
    }

    int index() {
        return index;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList attended = attention.forward(ps, inputs, training);
        NDList out = feedForward.forward(ps, attended, training);
        return new NDList(out.singletonOrThrow(), inputs.get(1));
    }
}
