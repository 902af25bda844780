package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import org.junit.jupiter.api.Test;

class BertEncoderBlockTest {
    @Test
    void geluIsTheExactErfForm() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] y = Activation.gelu(m.create(new float[] {1f, -0.5f})).toFloatArray();
            // x·Φ(x): 0.8413447, -0.1542687; the tanh approximation would give 0.8411920 for x = 1
            assertThat(y[0]).isCloseTo(0.8413447f, within(1e-6f));
            assertThat(y[1]).isCloseTo(-0.1542687f, within(1e-6f));
        }
    }

    @Test
    void turnsTheAttentionMaskIntoAnAdditiveBias() {
        try (NDManager m = NDManager.newBaseManager()) {
            var bias = BertInputBlock.maskBias(m.create(new long[][] {{1, 1, 0}}));
            assertThat(bias.getShape()).isEqualTo(new Shape(1, 1, 1, 3));
            assertThat(bias.toFloatArray()).containsExactly(0f, 0f, BertInputBlock.PADDED_KEY_BIAS);
        }
    }

    @Test
    void poolsTheClsTokenAndNormalisesIt() {
        try (NDManager m = NDManager.newBaseManager()) {
            var hidden = m.create(new float[] {3, 4, 9, 9, 0, 2, 9, 9}, new Shape(2, 2, 2));
            assertThat(BertEncoderBlock.clsEmbedding(hidden).toFloatArray()).containsExactly(0.6f, 0.8f, 0f, 1f);
        }
    }

    @Test
    void dropsOutOnlyWhileTraining() {
        BertWeights imported = OnnxBertImporter.importModel(BundledBge.model()).weights();
        try (NDManager m = NDManager.newBaseManager()) {
            BertEncoderBlock encoder = BertEncoderBlock.load(imported, m);
            TokenBatch batch = new TokenBatch(new long[][] {{101, 7592, 2088, 102}}, new long[][] {{1, 1, 1, 1}},
                    new long[][] {{0, 0, 0, 0}});
            var ps = new ai.djl.training.ParameterStore(m, false);
            float[] eval1 = encoder.forward(ps, batch.toNDList(m), false).singletonOrThrow().toFloatArray();
            float[] eval2 = encoder.forward(ps, batch.toNDList(m), false).singletonOrThrow().toFloatArray();
            float[] train1 = encoder.forward(ps, batch.toNDList(m), true).singletonOrThrow().toFloatArray();
            float[] train2 = encoder.forward(ps, batch.toNDList(m), true).singletonOrThrow().toFloatArray();
            assertThat(eval2).containsExactly(eval1);
            assertThat(train1).isNotEqualTo(eval1);
            assertThat(train2).isNotEqualTo(train1);

            BertEncoderBlock noDropout = BertEncoderBlock.load(new BertWeights(imported.config().withDropout(0, 0), imported.tensors()), m);
            assertThat(noDropout.forward(ps, batch.toNDList(m), true).singletonOrThrow().toFloatArray()).containsExactly(eval1);
        }
    }

    @Test
    void holdsEachImportedParameterOnceAndExportsThemUnchanged() {
        BertWeights imported = OnnxBertImporter.importModel(BundledBge.model()).weights();
        try (NDManager m = NDManager.newBaseManager()) {
            BertEncoderBlock encoder = BertEncoderBlock.load(imported, m);
            assertThat(encoder.parametersByName()).hasSize(197);
            assertThat(encoder.getParameters().size()).isEqualTo(197);
            assertThat(encoder.weights().changedFrom(imported)).isEmpty();
        }
    }
}
