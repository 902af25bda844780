package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Word + position + token-type embeddings, then LayerNorm. Input (input_ids, token_type_ids), both [B, T] int64. */
final class BertEmbeddingsBlock extends BertBlockBase {
    private final Parameter words, positions, tokenTypes, gamma, beta;

    BertEmbeddingsBlock(BertConfig config) {
        super(config);
        words = hfParameter("embeddings.word_embeddings.weight", Parameter.Type.WEIGHT);
        positions = hfParameter("embeddings.position_embeddings.weight", Parameter.Type.WEIGHT);
        tokenTypes = hfParameter("embeddings.token_type_embeddings.weight", Parameter.Type.WEIGHT);
        gamma = hfParameter("embeddings.LayerNorm.weight", Parameter.Type.GAMMA);
        beta = hfParameter("embeddings.LayerNorm.bias", Parameter.Type.BETA);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.get(0), types = inputs.get(1);
        long length = ids.getShape().get(1);
        if (length > config.maxPositions()) {
            throw new IllegalArgumentException("sequence of " + length + " tokens exceeds " + config.maxPositions() + " positions");
        }
        NDArray positionIds = ids.getManager().arange(0, length, 1, DataType.INT64);
        NDArray sum = lookup(ps, words, ids, training)
                .add(lookup(ps, tokenTypes, types, training))
                .add(lookup(ps, positions, positionIds, training)); // [T, H] broadcasts over the batch
        return new NDList(dropout(layerNorm(ps, sum, gamma, beta, training), config.hiddenDropout(), training));
    }

    private static NDArray lookup(ParameterStore ps, Parameter table, NDArray ids, boolean training) {
        return Embedding.embedding(ids, value(ps, table, ids, training), SparseFormat.DENSE).singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].add(config.hiddenSize())};
    }
}
