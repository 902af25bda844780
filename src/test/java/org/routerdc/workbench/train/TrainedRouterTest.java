package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainedRouterTest {
    private static final TrainingData DATA = SyntheticRouting.generate(64, 11);

    /** Random non-identity weights so every term of the head matters (W2, b2 non-zero, hidden != d). */
    private static RouterWeights randomWeights() {
        RouterWeights base = RouterWeights.initial(SyntheticRouting.DIMENSION, 20, SyntheticRouting.LLMS, 0.78, 3);
        SeededRandom random = new SeededRandom(4);
        float[][] w2 = new float[SyntheticRouting.DIMENSION][20];
        float[] b1 = new float[20];
        float[] b2 = new float[SyntheticRouting.DIMENSION];
        for (float[] row : w2) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) (0.3 * random.nextGaussian());
            }
        }
        for (int j = 0; j < b1.length; j++) {
            b1[j] = (float) (0.5 * random.nextGaussian());
        }
        for (int j = 0; j < b2.length; j++) {
            b2[j] = (float) (0.1 * random.nextGaussian());
        }
        return new RouterWeights(base.w1(), b1, w2, b2, base.llmVectors());
    }

    @Test
    void pureJavaScoresAndProjectionMatchDjlForward() {
        RouterWeights weights = randomWeights();
        TrainedRouter router = new TrainedRouter(DATA.llms(), weights, 0.5, TrainingConfig.defaults(), null);
        try (RouterModel model = new RouterModel(Device.cpu(), weights, 0.5); NDManager scope = model.scope()) {
            NDList out = model.forward(scope, DATA.embeddings(), false);
            float[] scores = out.get(0).toFloatArray();
            float[] h = out.get(1).toFloatArray();
            for (int row = 0; row < DATA.size(); row++) {
                double[] javaScores = router.scores(DATA.embeddings()[row]);
                for (int t = 0; t < javaScores.length; t++) {
                    assertThat(javaScores[t]).isCloseTo(scores[row * javaScores.length + t], within(1e-5));
                }
                float[] javaH = router.project(DATA.embeddings()[row]);
                for (int j = 0; j < javaH.length; j++) {
                    assertThat(javaH[j]).isCloseTo(h[row * javaH.length + j], within(1e-5f));
                }
            }
        }
    }

    @Test
    void initialHeadIsTheIdentity() {
        RouterWeights initial = RouterWeights.initial(SyntheticRouting.DIMENSION, 48, SyntheticRouting.LLMS, 0.78, 1);
        TrainedRouter router = new TrainedRouter(DATA.llms(), initial, 1, TrainingConfig.defaults(), null);
        assertThat(router.project(DATA.embeddings()[0])).containsExactly(DATA.embeddings()[0]);
        assertThat(router.w1()).hasNumberOfRows(48);
        assertThat(router.w2()).hasNumberOfRows(SyntheticRouting.DIMENSION);
    }

    @Test
    void readsTheBestCheckpointBack(@TempDir Path dir) throws IOException {
        TrainingConfig config = TrainingConfig.defaults().withDevice(TrainingDevice.CPU).withSteps(10).withEvalEvery(5)
                .withBatchSize(16).withClusters(4);
        TrainedRouter trained = RouterTrainer.train(DATA, null, config, dir, e -> { }, () -> false);
        TrainedRouter read = TrainedRouter.fromCheckpoint(dir);
        assertThat(read.w1()).isDeepEqualTo(trained.w1());
        assertThat(read.llmVectors()).isDeepEqualTo(trained.llmVectors());
        assertThat(read.llms()).isEqualTo(DATA.llms());
        assertThat(read.config()).isEqualTo(config);
        assertThat(read.metrics().bestStep()).isEqualTo(trained.metrics().bestStep());
        assertThat(read.scores(DATA.embeddings()[3])).isEqualTo(trained.scores(DATA.embeddings()[3]));
    }
}
