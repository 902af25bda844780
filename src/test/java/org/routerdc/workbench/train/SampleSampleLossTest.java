package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SampleSampleLossTest {

    @Test
    void matchesHandComputedValueForInjectedSamples() {
        // unit vectors: h0 = (1,0), h1 = (0,1), h2 = (1,1)/sqrt2; cos(0,1)=0, cos(0,2)=cos(1,2)=0.7071
        float[] h = {1, 0, 0, 2, 1, 1};
        int[][] picks = {{0, 0, 1}, {2, 1, 0}};
        double row0 = -Math.log(Math.exp(1) / (Math.exp(1) + Math.exp(0)));
        double row2 = -Math.log(0.5);
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            double loss = SampleSampleLoss.loss(manager.create(h, new Shape(3, 2)), picks).getFloat();
            assertThat(loss).isCloseTo((row0 + row2) / 2, within(1e-5));
        }
    }

    @Test
    void noKeptRowGivesZero() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            assertThat(SampleSampleLoss.loss(manager.create(new float[] {1, 0}, new Shape(1, 2)), new int[0][]).getFloat())
                    .isZero();
        }
    }

    @Test
    void samplesPositivesFromTheClusterAndDistinctNegativesFromOthers() {
        int[] clusters = {0, 0, 1, 1, 1};
        int[][] picks = SampleSampleLoss.sample(clusters, 2, new SeededRandom(7));
        assertThat(picks).hasNumberOfRows(5);
        for (int[] pick : picks) {
            int query = pick[0];
            assertThat(clusters[pick[1]]).isEqualTo(clusters[query]);
            assertThat(clusters[pick[2]]).isNotEqualTo(clusters[query]);
            assertThat(clusters[pick[3]]).isNotEqualTo(clusters[query]);
            assertThat(pick[2]).isNotEqualTo(pick[3]);
        }
        assertThat(SampleSampleLoss.sample(clusters, 2, new SeededRandom(7))).isDeepEqualTo(picks);
    }

    @Test
    void skipsQueriesWithoutEnoughNegatives() {
        int[][] picks = SampleSampleLoss.sample(new int[] {0, 0, 1, 1, 1}, 3, new SeededRandom(1));
        assertThat(Arrays.stream(picks).mapToInt(p -> p[0])).containsExactly(0, 1); // cluster 1 has only 2 negatives
        assertThat(SampleSampleLoss.sample(new int[] {4, 4, 4}, 1, new SeededRandom(1))).isEmpty();
    }

    @Test
    void positiveIsUniformOverTheClusterIncludingTheQuery() {
        int[] counts = new int[3];
        SeededRandom random = new SeededRandom(3);
        for (int i = 0; i < 3000; i++) {
            counts[SampleSampleLoss.sample(new int[] {0, 0, 0, 1}, 1, random)[0][1]]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(850, 1150);
        }
    }
}
