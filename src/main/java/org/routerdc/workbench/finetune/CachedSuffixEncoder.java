package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.routerdc.workbench.encode.Pooling;

/** Top-N mode: cached frozen-prefix states → the trainable top layers → pooling. */
final class CachedSuffixEncoder implements RowEncoder {
    private final BertLayerStack suffix;
    private final PrefixCache cache;
    private final Pooling pooling;
    private final ParameterStore store;

    CachedSuffixEncoder(BertLayerStack suffix, PrefixCache cache, Pooling pooling, NDManager manager) {
        this.suffix = suffix;
        this.cache = cache;
        this.pooling = pooling;
        this.store = new ParameterStore(manager, false);
    }

    @Override
    public NDArray embed(int[] rows, NDManager manager, boolean training) {
        PrefixCache.Batch batch = cache.batch(rows, manager);
        NDArray hidden = suffix.forward(store, batch.suffixInput(), training).get(0);
        return EncoderPooling.pool(hidden, batch.mask(), pooling);
    }

    @Override
    public List<Parameter> trainable() {
        return suffix.getParameters().values();
    }
}
