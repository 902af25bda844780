package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.routerdc.workbench.train.GraphConstant;

/**
 * BERT attention sub-layer (HF BertAttention): multi-head self-attention, output projection, residual, post-LayerNorm.
 * Input (hidden [B, T, H], additive mask bias [B, 1, 1, T]).
 */
final class BertSelfAttentionBlock extends BertBlockBase {
    private final Parameter qw, qb, kw, kb, vw, vb, ow, ob, gamma, beta;

    BertSelfAttentionBlock(BertConfig config, int layer) {
        super(config);
        String p = BertParameters.layerPrefix(layer) + "attention.";
        qw = hfParameter(p + "self.query.weight", Parameter.Type.WEIGHT);
        qb = hfParameter(p + "self.query.bias", Parameter.Type.BIAS);
        kw = hfParameter(p + "self.key.weight", Parameter.Type.WEIGHT);
        kb = hfParameter(p + "self.key.bias", Parameter.Type.BIAS);
        vw = hfParameter(p + "self.value.weight", Parameter.Type.WEIGHT);
        vb = hfParameter(p + "self.value.bias", Parameter.Type.BIAS);
        ow = hfParameter(p + "output.dense.weight", Parameter.Type.WEIGHT);
        ob = hfParameter(p + "output.dense.bias", Parameter.Type.BIAS);
        gamma = hfParameter(p + "output.LayerNorm.weight", Parameter.Type.GAMMA);
        beta = hfParameter(p + "output.LayerNorm.bias", Parameter.Type.BETA);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0), maskBias = inputs.get(1);
        NDArray q = heads(dense(ps, x, qw, qb, training));
        NDArray k = heads(dense(ps, x, kw, kb, training));
        NDArray v = heads(dense(ps, x, vw, vb, training));
        // same order as HF eager attention: scale the scores, then add the mask
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div(GraphConstant.like(q, Math.sqrt(config.headSize()))).add(maskBias);
        NDArray probs = dropout(scores.softmax(-1), config.attentionDropout(), training);
        NDArray context = probs.matMul(v).transpose(0, 2, 1, 3).reshape(x.getShape());
        NDArray projected = dropout(dense(ps, context, ow, ob, training), config.hiddenDropout(), training);
        return new NDList(layerNorm(ps, projected.add(x), gamma, beta, training));
    }

    /** [B, T, H] → [B, heads, T, headSize] */
    private NDArray heads(NDArray x) {
        long b = x.getShape().get(0), t = x.getShape().get(1);
        return x.reshape(b, t, config.numHeads(), config.headSize()).transpose(0, 2, 1, 3);
    }
}
