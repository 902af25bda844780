package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.routerdc.workbench.encode.TokenizedBatch;
import org.routerdc.workbench.encode.TokenizedText;

/** All mode: tokens → the whole encoder (embeddings and every layer train) → pooling. */
final class WholeEncoder implements RowEncoder {
    private final BertEncoderBlock encoder;
    private final FineTuneData data;
    private final ParameterStore store;

    WholeEncoder(BertEncoderBlock encoder, FineTuneData data, NDManager manager) {
        this.encoder = encoder;
        this.data = data;
        this.store = new ParameterStore(manager, false);
    }

    @Override
    public NDArray embed(int[] rows, NDManager manager, boolean training) {
        List<TokenizedText> texts = new ArrayList<>();
        for (int r : rows) {
            texts.add(data.tokens().get(r));
        }
        TokenBatch batch = TokenBatch.of(TokenizedBatch.pad(texts, data.padId()));
        NDList inputs = batch.toNDList(manager);
        NDArray hidden = encoder.forward(store, inputs, training).singletonOrThrow();
        return EncoderPooling.pool(hidden, inputs.get(1).toType(ai.djl.ndarray.types.DataType.FLOAT32, false), data.pooling());
    }

    @Override
    public List<Parameter> trainable() {
        return List.copyOf(encoder.parametersByName().values());
    }
}
