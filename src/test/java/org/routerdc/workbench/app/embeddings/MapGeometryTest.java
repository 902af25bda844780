package org.routerdc.workbench.app.embeddings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MapGeometryTest {
    @Test
    void fitCentresTheBoundsWithUniformScale() {
        MapViewport viewport = new MapViewport();
        viewport.fit(0, 0, 10, 5, 548, 548);
        // (548 - 2*24) / 10 = 50 px per unit (x limits); the centre (5, 2.5) lands on (274, 274)
        assertThat(viewport.scale()).isCloseTo(50, within(1e-9));
        assertThat(viewport.toScreenX(5)).isCloseTo(274, within(1e-9));
        assertThat(viewport.toScreenY(2.5)).isCloseTo(274, within(1e-9));
    }

    @Test
    void zoomKeepsThePointUnderTheCursorStill() {
        MapViewport viewport = new MapViewport();
        viewport.fit(0, 0, 10, 10, 548, 548);
        double dataX = viewport.toDataX(100);
        double dataY = viewport.toDataY(400);
        viewport.zoomAt(100, 400, 3);
        assertThat(viewport.scale()).isCloseTo(150, within(1e-9));
        assertThat(viewport.toScreenX(dataX)).isCloseTo(100, within(1e-9));
        assertThat(viewport.toScreenY(dataY)).isCloseTo(400, within(1e-9));
        viewport.pan(10, -5);
        assertThat(viewport.toScreenX(dataX)).isCloseTo(110, within(1e-9));
        assertThat(viewport.toScreenY(dataY)).isCloseTo(395, within(1e-9));
    }

    @Test
    void gridFindsTheNearestEligiblePointWithinTheRadius() {
        double[] x = {0, 1, 1.2, 5, 9};
        double[] y = {0, 1, 1.0, 5, 9};
        PointGrid grid = new PointGrid(x, y);
        assertThat(grid.nearest(1.15, 1.0, 0.5, i -> true)).isEqualTo(2);
        assertThat(grid.nearest(1.15, 1.0, 0.5, i -> i != 2)).isEqualTo(1);
        assertThat(grid.nearest(3, 3, 0.5, i -> true)).isEqualTo(-1);
        assertThat(grid.nearest(9.1, 8.9, 0.5, i -> true)).isEqualTo(4);
    }

    @Test
    void gridAgreesWithBruteForceOnRandomPoints() {
        java.util.Random random = new java.util.Random(3);
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian() * 10;
            y[i] = random.nextGaussian() * 3;
        }
        PointGrid grid = new PointGrid(x, y);
        for (int q = 0; q < 200; q++) {
            double qx = random.nextGaussian() * 10;
            double qy = random.nextGaussian() * 3;
            int expected = -1;
            double best = 0.5 * 0.5;
            for (int i = 0; i < n; i++) {
                double d = (x[i] - qx) * (x[i] - qx) + (y[i] - qy) * (y[i] - qy);
                if (d <= best) {
                    best = d;
                    expected = i;
                }
            }
            assertThat(grid.nearest(qx, qy, 0.5, i -> true)).isEqualTo(expected);
        }
    }

    @Test
    void blendingByteMathIsExactEnough() {
        for (int a = 0; a <= 255; a += 15) {
            for (int b = 0; b <= 255; b += 17) {
                assertThat(PointRenderer.mul255(a, b)).isCloseTo((int) Math.round(a * b / 255.0), within(1));
            }
        }
        assertThat(PointRenderer.mul255(255, 255)).isEqualTo(255);
        assertThat(PointRenderer.mul255(255, 0)).isZero();
    }
}
