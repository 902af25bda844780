package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.train.RouterModel;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.SampleLlmLoss;

class GroupedEncoderPassTest {
    /** Made-up lengths: four groups, one of a single row, interleaved with the rows' order. */
    private static final IntUnaryOperator LENGTHS = r -> r == 11 ? 500 : r % 3 == 0 ? 400 : r % 3 == 1 ? 10 : 150;
    private static final int[] ROWS = {4, 0, 7, 2, 9, 1, 11, 3};
    private static final int SEED = 99;

    @Test
    void twoPassesGiveTheGradientsOfOneGraphOverTheSameGroupsAndDropoutMasks() throws Exception {
        FineTuneData data = EncoderRouterTrainerTest.tinyData();
        BertWeights weights = OnnxBertImporter.importModel(BundledBge.model()).weights();
        assertThat(LengthBuckets.group(Arrays.stream(ROWS).map(LENGTHS).toArray())).hasNumberOfRows(4);
        double[][] scores = Arrays.stream(ROWS).mapToObj(r -> data.rows().scores()[r]).toArray(double[][]::new);
        try (NDManager m = NDManager.newBaseManager("PyTorch");
             RouterModel router = new RouterModel(ai.djl.Device.cpu(), RouterWeights.initial(384, 384, 3, 0.02, 42), 1)) {
            BertEncoderSplit split = BertEncoderBlock.load(weights, m).splitAt(11);
            int[] everyRow = java.util.stream.IntStream.range(0, data.rows().size()).toArray();
            PrefixCache cache = PrefixCache.build(split.frozenPrefix(), data, everyRow, m, e -> {}, () -> false);
            RowEncoder encoder = new CachedSuffixEncoder(split.trainableSuffix(), cache, data.pooling(), m);
            List<Parameter> parameters = new ArrayList<>(encoder.trainable());
            parameters.addAll(router.parameters());

            float[] oneGraphEmbeddings;
            try (NDManager scope = router.scope();
                 GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray embeddings = oneGraph(encoder, scope);
                oneGraphEmbeddings = embeddings.toFloatArray();
                collector.backward(SampleLlmLoss.loss(router.forward(embeddings, true).get(0), scores, 3, 3));
            }
            List<float[]> expected = takeGradients(parameters);

            GroupedEncoderPass pass = new GroupedEncoderPass(encoder, LENGTHS);
            try (NDManager scope = router.scope()) {
                GroupedEncoderPass.Embedded embedded = pass.embed(ROWS, scope, SEED);
                assertThat(embedded.embeddings().toFloatArray()).containsExactly(oneGraphEmbeddings, within(1e-6f));
                try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                    collector.backward(SampleLlmLoss.loss(router.forward(embedded.embeddings(), true).get(0), scores, 3, 3));
                }
                pass.backward(embedded, scope);
            }
            List<float[]> actual = takeGradients(parameters);

            for (int p = 0; p < expected.size(); p++) {
                float[] e = expected.get(p), a = actual.get(p);
                if (p < encoder.trainable().size()) { // every encoder weight gets a gradient (the head's second output does not here)
                    assertThat(Arrays.stream(toDoubles(e)).map(Math::abs).max().orElseThrow()).as("parameter %d", p).isPositive();
                }
                for (int i = 0; i < e.length; i++) {
                    assertThat(a[i]).as("parameter %d gradient %d", p, i).isCloseTo(e[i], within(1e-5f + 1e-3f * Math.abs(e[i])));
                }
            }
        }
    }

    /** The reference: the same groups under the same seeds, dropout on, in one autograd graph. */
    private static NDArray oneGraph(RowEncoder encoder, NDManager scope) {
        int[][] groups = LengthBuckets.group(Arrays.stream(ROWS).map(LENGTHS).toArray());
        NDList parts = new NDList();
        long[] position = new long[ROWS.length];
        int next = 0;
        for (int g = 0; g < groups.length; g++) {
            int[] groupRows = new int[groups[g].length];
            for (int i = 0; i < groups[g].length; i++) {
                groupRows[i] = ROWS[groups[g][i]];
                position[groups[g][i]] = next++;
            }
            Engine.getEngine("PyTorch").setRandomSeed(SEED * 31 + g);
            parts.add(encoder.embed(groupRows, scope, true));
        }
        return NDArrays.concat(parts, 0).get(new NDIndex("{}", scope.create(position)));
    }

    private static List<float[]> takeGradients(List<Parameter> parameters) {
        List<float[]> gradients = new ArrayList<>();
        for (Parameter p : parameters) {
            NDArray g = p.getArray().getGradient();
            gradients.add(g.toFloatArray());
            g.set(new float[(int) g.size()]);
        }
        return gradients;
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
