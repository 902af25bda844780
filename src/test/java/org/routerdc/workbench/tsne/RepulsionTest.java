package org.routerdc.workbench.tsne;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RepulsionTest {
    private static final Workers WORKERS = new Workers(0);

    @AfterAll
    static void close() {
        WORKERS.close();
    }

    /** Relative error of the normalised repulsive gradient F/Z against the exact one. */
    private static double relativeError(Repulsion fast, double[] y) {
        double[] exact = new double[y.length];
        double[] approx = new double[y.length];
        double ze = new ExactRepulsion(WORKERS).compute(y, exact);
        double za = fast.compute(y, approx);
        double num = 0, den = 0;
        for (int c = 0; c < y.length; c++) {
            double d = approx[c] / za - exact[c] / ze;
            num += d * d;
            den += exact[c] / ze * exact[c] / ze;
        }
        return Math.sqrt(num / den);
    }

    @Test
    void exactRepulsionMatchesHandComputedPair() {
        double[] y = {0, 0, 1, 0}; // w = 1/2, force on point 0 = w²·(0 − 1) = −1/4
        double[] force = new double[4];
        double z = new ExactRepulsion(WORKERS).compute(y, force);
        assertThat(z).isEqualTo(1.0);
        assertThat(force).containsExactly(-0.25, 0, 0.25, 0);
    }

    @Test
    void barnesHutIsCloseToExactAtThetaHalfAndEqualAtZero() {
        double[] y = TestData.clumpyLayout(300, 8, 1);
        double half = relativeError(new BarnesHutRepulsion(WORKERS, 0.5), y);
        double zero = relativeError(new BarnesHutRepulsion(WORKERS, 0), y);
        assertThat(half).isLessThan(0.03).isGreaterThan(1e-6);
        assertThat(zero).isLessThan(1e-12);
    }

    @Test
    void barnesHutZMatchesExact() {
        double[] y = TestData.clumpyLayout(300, 8, 2);
        double ze = new ExactRepulsion(WORKERS).compute(y, new double[y.length]);
        double zb = new BarnesHutRepulsion(WORKERS, 0.5).compute(y, new double[y.length]);
        assertThat(Math.abs(zb - ze) / ze).isLessThan(0.02);
    }

    @Test
    void barnesHutHandlesDuplicatePoints() {
        double[] y = new double[2 * 50]; // all at the origin: w = 1, no force
        double[] force = new double[y.length];
        double z = new BarnesHutRepulsion(WORKERS, 0.5).compute(y, force);
        assertThat(z).isEqualTo(50.0 * 49);
        assertThat(force).containsOnly(0.0);
    }

    @Test
    void fftInterpolationIsCloseToExact() {
        for (double spread : new double[]{0.001, 3, 8}) {
            double[] y = TestData.clumpyLayout(300, spread, 3);
            assertThat(relativeError(new FftRepulsion(WORKERS, 1.0), y)).as("spread %s", spread).isLessThan(0.03);
        }
    }

    @Test
    void lagrangeWeightsReproduceQuadratics() {
        double[] w = new double[3];
        double t = 0.37;
        FftRepulsion.lagrange(t, w, 0);
        double[] nodes = {1.0 / 6, 0.5, 5.0 / 6};
        double interpolated = 0;
        for (int k = 0; k < 3; k++) {
            interpolated += w[k] * (2 * nodes[k] * nodes[k] - nodes[k] + 3);
        }
        assertThat(interpolated).isCloseTo(2 * t * t - t + 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void hybridUsesTheGridWhileTheMapIsSmallAndBarnesHutOnceItSpreads() {
        int n = 5000; // grid of 128² or 256² cells is cheaper than Barnes-Hut below 10 cells per point
        for (double spread : new double[]{1, 40}) {
            double[] y = TestData.clumpyLayout(n, spread, 4);
            double[] hybrid = new double[y.length];
            double[] fft = new double[y.length];
            double[] bh = new double[y.length];
            double zh = new HybridRepulsion(WORKERS, 0.5).compute(y, hybrid);
            double zf = new FftRepulsion(WORKERS, HybridRepulsion.FFT_BOX_WIDTH).compute(y, fft);
            double zb = new BarnesHutRepulsion(WORKERS, 0.5).compute(y, bh);
            assertThat(zh).isEqualTo(spread == 1 ? zf : zb);
            assertThat(hybrid).containsExactly(spread == 1 ? fft : bh);
        }
    }
}
