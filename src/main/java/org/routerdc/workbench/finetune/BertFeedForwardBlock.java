package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** BERT feed-forward sub-layer: dense to intermediate size, erf GELU, dense back, dropout, residual, post-LayerNorm. */
final class BertFeedForwardBlock extends BertBlockBase {
    private final Parameter iw, ib, ow, ob, gamma, beta;

    BertFeedForwardBlock(BertConfig config, int layer) {
        super(config);
        String p = BertParameters.layerPrefix(layer);
        iw = hfParameter(p + "intermediate.dense.weight", Parameter.Type.WEIGHT);
        ib = hfParameter(p + "intermediate.dense.bias", Parameter.Type.BIAS);
        ow = hfParameter(p + "output.dense.weight", Parameter.Type.WEIGHT);
        ob = hfParameter(p + "output.dense.bias", Parameter.Type.BIAS);
        gamma = hfParameter(p + "output.LayerNorm.weight", Parameter.Type.GAMMA);
        beta = hfParameter(p + "output.LayerNorm.bias", Parameter.Type.BETA);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        // DJL's PyTorch engine maps gelu to torch.nn.functional.gelu with the exact erf form (checked in a test)
        NDArray hidden = Activation.gelu(dense(ps, x, iw, ib, training));
        NDArray projected = dropout(dense(ps, hidden, ow, ob, training), config.hiddenDropout(), training);
        return new NDList(layerNorm(ps, projected.add(x), gamma, beta, training));
    }
}
