package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.train.RouterModel;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.SampleLlmLoss;

class LengthBucketedEncoderTest {
    @Test
    void groupedForwardGivesTheSameEmbeddingsInRowOrderAndTheSameGradients() throws Exception {
        FineTuneData data = EncoderRouterTrainerTest.tinyData();
        BertWeights weights = OnnxBertImporter.importModel(BundledBge.model()).weights();
        try (NDManager m = NDManager.newBaseManager("PyTorch")) {
            BertEncoderSplit split = BertEncoderBlock.load(weights, m).splitAt(11);
            int[] everyRow = java.util.stream.IntStream.range(0, data.rows().size()).toArray();
            PrefixCache cache = PrefixCache.build(split.frozenPrefix(), data, everyRow, m, e -> {}, () -> false);
            RowEncoder plain = new CachedSuffixEncoder(split.trainableSuffix(), cache, data.pooling(), m);
            // made-up lengths force four groups, one of a single row, that interleave with the rows' order
            RowEncoder grouped = new LengthBucketedEncoder(plain, r -> r == 11 ? 500 : r % 3 == 0 ? 400 : r % 3 == 1 ? 10 : 150);
            int[] rows = {4, 0, 7, 2, 9, 1, 11, 3};
            assertThat(LengthBuckets.group(new int[] {10, 400, 10, 150, 400, 10, 500, 400})).hasNumberOfRows(4);

            double[][] scores = java.util.Arrays.stream(rows).mapToObj(r -> data.rows().scores()[r]).toArray(double[][]::new);
            Result expected, actual;
            try (RouterModel router = new RouterModel(ai.djl.Device.cpu(), RouterWeights.initial(384, 384, 3, 0.02, 42), 1)) {
                expected = embedAndGradients(plain, rows, router, scores);
                actual = embedAndGradients(grouped, rows, router, scores);
            }

            assertThat(actual.embeddings).hasSameSizeAs(expected.embeddings);
            for (int i = 0; i < expected.embeddings.length; i++) {
                assertThat(actual.embeddings[i]).as("embedding value %d", i).isCloseTo(expected.embeddings[i],
                        org.assertj.core.data.Offset.offset(1e-5f));
            }
            for (int p = 0; p < expected.gradients.size(); p++) {
                float[] e = expected.gradients.get(p), a = actual.gradients.get(p);
                for (int i = 0; i < e.length; i++) {
                    assertThat(a[i]).as("parameter %d gradient %d", p, i).isCloseTo(e[i],
                            org.assertj.core.data.Offset.offset(1e-4f + 1e-3f * Math.abs(e[i])));
                }
            }
        }
    }

    private record Result(float[] embeddings, List<float[]> gradients) {}

    /** Embeddings, and the encoder's gradients of the sample-LLM loss through a router head (row order matters). */
    private static Result embedAndGradients(RowEncoder encoder, int[] rows, RouterModel router, double[][] scores) {
        List<Parameter> parameters = encoder.trainable();
        try (NDManager scope = router.scope();
             GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            NDArray embeddings = encoder.embed(rows, scope, false);
            collector.backward(SampleLlmLoss.loss(router.forward(embeddings, true).get(0), scores, 3, 3));
            List<float[]> gradients = parameters.stream().map(p -> p.getArray().getGradient().toFloatArray()).toList();
            parameters.forEach(p -> p.getArray().getGradient().set(new float[(int) p.getArray().size()]));
            router.parameters().forEach(p -> p.getArray().getGradient().set(new float[(int) p.getArray().size()]));
            return new Result(embeddings.toFloatArray(), gradients);
        }
    }
}
