package org.routerdc.workbench.tsne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AffinitiesTest {
    @Test
    void calibrationHitsTargetEntropy() {
        Random r = new Random(7);
        for (double scale : new double[]{1e-4, 1, 300}) {
            for (double perplexity : new double[]{5, 30}) {
                double[] d2 = new double[90];
                for (int j = 0; j < d2.length; j++) {
                    d2[j] = scale * (1 + r.nextDouble() * 4) * (1 + j / 10.0);
                }
                double[] p = PerplexityCalibration.conditional(d2, perplexity);
                assertThat(PerplexityCalibration.entropy(p)).as("scale %s perplexity %s", scale, perplexity)
                        .isCloseTo(Math.log(perplexity), offset(1e-4));
                assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1, offset(1e-12));
                assertThat(p[0]).isGreaterThan(p[89]);
            }
        }
    }

    @Test
    void symmetrisationAveragesBothDirectionsOverTwoN() {
        // 3 points; 0 → {1 (0.6), 2 (0.4)}, 1 → {0 (1.0)}, 2 → {1 (1.0)}
        int[][] nb = {{1, 2}, {0}, {1}};
        double[][] cond = {{0.6, 0.4}, {1.0}, {1.0}};
        SparseAffinities p = SparseAffinities.symmetrise(nb, cond);
        assertThat(p.rowStart()).containsExactly(0, 2, 4, 6);
        assertThat(p.columns()).containsExactly(1, 2, 0, 2, 0, 1);
        double n2 = 6;
        assertThat(p.values()).containsExactly(new double[]{1.6 / n2, 0.4 / n2, 1.6 / n2, 1.0 / n2, 0.4 / n2, 1.0 / n2},
                offset(1e-15));
        assertThat(java.util.Arrays.stream(p.values()).sum()).isCloseTo(1, offset(1e-12));
    }

    @Test
    void klDivergenceMatchesDenseFormula() {
        int[][] nb = {{1, 2}, {0, 3}, {3, 0}, {2, 1}};
        double[][] cond = {{0.7, 0.3}, {0.5, 0.5}, {0.9, 0.1}, {0.6, 0.4}};
        SparseAffinities p = SparseAffinities.symmetrise(nb, cond);
        double[] y = {0, 0, 1, 0.5, -0.3, 2, 1.5, 1.5};
        int n = 4;
        double[][] w = new double[n][n];
        double z = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                    w[i][j] = 1 / (1 + dx * dx + dy * dy);
                    z += w[i][j];
                }
            }
        }
        double kl = 0;
        for (int i = 0; i < n; i++) {
            for (int e = p.rowStart()[i]; e < p.rowStart()[i + 1]; e++) {
                double pij = p.values()[e];
                kl += pij * Math.log(pij / (w[i][p.columns()[e]] / z));
            }
        }
        try (Workers workers = new Workers(2)) {
            assertThat(KlDivergence.exact(p, y, workers)).isCloseTo(kl, offset(1e-12));
        }
    }

    @Test
    void pcaRecoversTheDominantAxes() {
        Random r = new Random(5);
        float[][] x = new float[2000][6];
        for (float[] row : x) {
            row[0] = (float) (5 * r.nextGaussian());
            row[3] = (float) (2 * r.nextGaussian());
            row[1] = (float) (0.1 * r.nextGaussian());
        }
        try (Workers workers = new Workers(0)) {
            Projection pr = Pca.fit(x, false, 2, 1, workers);
            assertThat(Math.abs(pr.components()[0][0])).isCloseTo(1, offset(1e-3));
            assertThat(Math.abs(pr.components()[1][3])).isCloseTo(1, offset(1e-3));
        }
    }

    @Test
    void cosineAndEuclideanGiveTheSameAffinitiesOnNormalisedRows() {
        float[][] x = TestData.sheets(3, 150, 30, 9);
        for (float[] row : x) {
            double norm = 0;
            for (float v : row) {
                norm += v * v;
            }
            for (int k = 0; k < row.length; k++) {
                row[k] /= (float) Math.sqrt(norm);
            }
        }
        TsneConfig base = TsneConfig.defaults().withPcaDims(0);
        try (Workers workers = new Workers(0)) {
            SparseAffinities cos = Input.prepare(x, base.withMetric(DistanceMetric.COSINE), workers, () -> false).affinities();
            SparseAffinities euc = Input.prepare(x, base.withMetric(DistanceMetric.EUCLIDEAN), workers, () -> false).affinities();
            assertThat(cos.columns()).containsExactly(euc.columns());
            assertThat(cos.values()).containsExactly(euc.values(), offset(1e-6 / x.length));
        }
    }

    @Test
    void symmetricAttractionMatchesRowByRowForcesWhateverTheThreads() {
        float[][] x = TestData.sheets(4, 150, 10, 5);
        double[] y = TestData.clumpyLayout(x.length, 3, 6);
        try (Workers one = new Workers(1); Workers two = new Workers(2)) {
            SparseAffinities p = Input.prepare(x, TestData.quick(), two, () -> false).affinities();
            double[] rowByRow = new double[y.length];
            double logW = AttractiveForces.compute(p, y, 12, rowByRow, true, two);
            double[] once = new double[y.length];
            double[] twice = new double[y.length];
            SymmetricAttraction attraction = new SymmetricAttraction(p);
            double logOne = attraction.compute(y, 12, once, true, one);
            double logTwo = attraction.compute(y, 12, twice, true, two);
            assertThat(logOne).isEqualTo(logTwo).isCloseTo(logW, offset(1e-12 * Math.abs(logW)));
            assertThat(once).containsExactly(twice);
            for (int c = 0; c < y.length; c++) {
                assertThat(once[c]).as("coordinate %d", c).isCloseTo(rowByRow[c], offset(1e-12));
            }
            assertThat(attraction.compute(y, 12, once, false, two)).isZero();
        }
    }
}
