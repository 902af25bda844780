package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import org.routerdc.workbench.encode.Pooling;
import org.routerdc.workbench.train.GraphConstant;

/** Pools last hidden states into L2-normalised embeddings, as the ONNX encoder's pooler does. */
final class EncoderPooling {
    private EncoderPooling() {}

    /** @param hidden [B, T, H]; @param mask [B, T] float 1/0 */
    static NDArray pool(NDArray hidden, NDArray mask, Pooling pooling) {
        if (pooling == Pooling.CLS) {
            return BertEncoderBlock.clsEmbedding(hidden);
        }
        NDArray m = mask.expandDims(2);
        NDArray mean = hidden.mul(m).sum(new int[] {1}).div(m.sum(new int[] {1}).maximum(GraphConstant.like(m, 1e-9)));
        return mean.div(mean.square().sum(new int[] {-1}, true).sqrt());
    }
}
