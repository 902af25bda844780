package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.encode.TokenizedBatch;

class PrefixCacheTest {
    @Test
    void cachedPrefixThenSuffixEqualsTheWholeEncoderAndCachingLeavesNoArraysBehind() throws Exception {
        FineTuneData data = EncoderRouterTrainerTest.tinyData();
        BertWeights weights = OnnxBertImporter.importModel(BundledBge.model()).weights();
        try (NDManager m = NDManager.newBaseManager("PyTorch")) {
            BertEncoderBlock encoder = BertEncoderBlock.load(weights, m);
            BertEncoderSplit split = encoder.splitAt(10);
            int before = m.getManagedArrays().size();
            int[] rows = java.util.stream.IntStream.range(0, 12).toArray();
            PrefixCache cache = PrefixCache.build(split.frozenPrefix(), data, rows, m, e -> {}, () -> false);
            assertThat(m.getManagedArrays()).as("arrays left in the encoder's manager").hasSize(before);

            CachedSuffixEncoder suffix = new CachedSuffixEncoder(split.trainableSuffix(), cache, data.pooling(), m);
            int[] some = {5, 0, 11};
            try (NDManager scope = m.newSubManager()) {
                float[] cached = suffix.embed(some, scope, false).toFloatArray();
                List<org.routerdc.workbench.encode.TokenizedText> texts = new ArrayList<>();
                for (int r : some) {
                    texts.add(data.tokens().get(r));
                }
                NDArray hidden = encoder.forward(new ParameterStore(scope, false),
                        TokenBatch.of(TokenizedBatch.pad(texts, data.padId())).toNDList(scope), false).singletonOrThrow();
                float[] whole = BertEncoderBlock.clsEmbedding(hidden).toFloatArray();
                for (int i = 0; i < whole.length; i++) {
                    assertThat(Math.abs(cached[i] - whole[i])).as("value %d", i).isLessThan(1e-5f);
                }
            }
        }
    }
}
