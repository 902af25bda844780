package org.routerdc.workbench.tsne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TsneTest {
    private static final int CLUSTERS = 5;
    private static final int PER_CLUSTER = 240; // N = 1200: above the exact threshold, so Barnes-Hut runs
    private static float[][] data;
    private static TsneResult fitted;
    private static final List<Integer> klIterations = new ArrayList<>();
    private static final List<Double> kls = new ArrayList<>();

    @BeforeAll
    static void fit() {
        data = TestData.sheets(CLUSTERS, PER_CLUSTER, 50, 21);
        fitted = Tsne.run(data, TestData.quick(), (it, kl, layout) -> {
            if (!Double.isNaN(kl)) {
                klIterations.add(it);
                kls.add(kl);
            }
        }, () -> false);
    }

    private static int cluster(int i) {
        return i / PER_CLUSTER;
    }

    @Test
    void clustersStaySeparatedAndNeighboursArePreserved() {
        double[][] xy = fitted.xy();
        int n = xy.length;
        Points map = new Points(Layouts.flatten(xy), n, 2);
        int sameCluster = 0;
        for (int i = 0; i < n; i++) {
            for (int j : KnnGraph.bruteForce(map, map.row(i), 10, i).indices()) {
                sameCluster += cluster(j) == cluster(i) ? 1 : 0;
            }
        }
        assertThat(sameCluster / (10.0 * n)).isGreaterThan(0.995);
        NeighbourPreservation.Score knn = NeighbourPreservation.knn(data, xy, 10, DistanceMetric.COSINE, 5000, 1);
        assertThat(knn.sampled()).isFalse();
        assertThat(knn.value()).isGreaterThan(0.6);
    }

    @Test
    void klIsReportedEvery50IterationsAndFalls() {
        assertThat(klIterations).containsExactly(50, 100, 150, 200, 250, 300);
        assertThat(kls.get(kls.size() - 1)).isLessThan(kls.get(0));
        assertThat(fitted.kl()).isCloseTo(kls.get(kls.size() - 1), org.assertj.core.data.Offset.offset(0.02));
        assertThat(fitted.iterations()).isEqualTo(300);
    }

    @Test
    void sameSeedGivesTheSameLayoutWhateverTheThreadsAndAnotherSeedDoesNot() {
        TsneConfig config = TestData.quick().withIterations(50);
        double[][] a = Tsne.run(data, config.withThreads(1), TsneListener.NONE, () -> false).xy();
        double[][] b = Tsne.run(data, config.withThreads(2), TsneListener.NONE, () -> false).xy();
        double[][] c = Tsne.run(data, config.withSeed(7), TsneListener.NONE, () -> false).xy();
        assertThat(b).isDeepEqualTo(a);
        assertThat(java.util.Arrays.deepEquals(c, a)).as("another seed, another layout").isFalse();
    }

    @Test
    void cancellationStopsPromptly() {
        AtomicBoolean cancel = new AtomicBoolean();
        int[] last = new int[1];
        long[] cancelledAt = new long[1];
        TsneListener listener = (it, kl, layout) -> {
            last[0] = it;
            if (it == 20) {
                cancel.set(true);
                cancelledAt[0] = System.nanoTime();
            }
        };
        assertThatThrownBy(() -> Tsne.run(data, TsneConfig.defaults(), listener, cancel::get))
                .isInstanceOf(CancellationException.class);
        assertThat(last[0]).isEqualTo(20);
        assertThat((System.nanoTime() - cancelledAt[0]) / 1e9).isLessThan(1.0);
        assertThatThrownBy(() -> Tsne.run(data, TsneConfig.defaults(), TsneListener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void placedPointsLandInTheirClusterAndTheMapDoesNotMove() {
        double[][] before = fitted.model().coordinates();
        float[][] copies = new float[CLUSTERS][];
        for (int c = 0; c < CLUSTERS; c++) {
            copies[c] = data[c * PER_CLUSTER + 17].clone();
            copies[c][0] += 0.01f;
        }
        double[][] placed = fitted.place(copies);
        assertThat(fitted.model().coordinates()).isDeepEqualTo(before);
        assertThat(fitted.xy()).isDeepEqualTo(before);
        Points map = new Points(Layouts.flatten(before), before.length, 2);
        for (int c = 0; c < CLUSTERS; c++) {
            int[] near = KnnGraph.bruteForce(map, placed[c], 10, -1).indices();
            for (int j : near) {
                assertThat(cluster(j)).as("cluster of a map neighbour of placed copy %d", c).isEqualTo(c);
            }
            double[] own = before[c * PER_CLUSTER + 17];
            double spread = clusterRadius(before, c);
            assertThat(Math.hypot(placed[c][0] - own[0], placed[c][1] - own[1])).isLessThan(0.5 * spread);
        }
    }

    private static double clusterRadius(double[][] xy, int c) {
        double mx = 0, my = 0;
        for (int i = c * PER_CLUSTER; i < (c + 1) * PER_CLUSTER; i++) {
            mx += xy[i][0] / PER_CLUSTER;
            my += xy[i][1] / PER_CLUSTER;
        }
        double r = 0;
        for (int i = c * PER_CLUSTER; i < (c + 1) * PER_CLUSTER; i++) {
            r = Math.max(r, Math.hypot(xy[i][0] - mx, xy[i][1] - my));
        }
        return r;
    }

    @Test
    void refusesAPerplexityTooLargeForN() {
        float[][] small = TestData.sheets(1, 60, 5, 1);
        assertThatThrownBy(() -> Tsne.run(small, TsneConfig.defaults(), TsneListener.NONE, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large for 60 points");
    }

    @Test
    void exactGradientRunsForSmallInputs() {
        float[][] small = TestData.sheets(3, 100, 20, 4);
        TsneResult r = Tsne.run(small, TestData.quick(), TsneListener.NONE, () -> false);
        assertThat(NeighbourPreservation.knn(small, r.xy(), 10, DistanceMetric.EUCLIDEAN, 5000, 1).value())
                .isGreaterThan(0.5);
    }

    @Test
    void fftGradientGivesAnEquallyGoodMap() {
        double[][] xy = Tsne.run(data, TestData.quick().withGradient(GradientMethod.FFT, 0.5), TsneListener.NONE,
                () -> false).xy();
        assertThat(NeighbourPreservation.knn(data, xy, 10, DistanceMetric.COSINE, 5000, 1).value())
                .isGreaterThan(0.6);
    }
}
