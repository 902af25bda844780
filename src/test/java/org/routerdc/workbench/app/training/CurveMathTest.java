package org.routerdc.workbench.app.training;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CurveMathTest {
    @Test
    void debiasedEmaMatchesHandWorkedValues() {
        // w = 0.5: s1 = 0.5 / (1 - 0.5) = 1; s2 = (0.25 + 1.5) / (1 - 0.25) = 2.3333
        double[] smoothed = CurveMath.smooth(new double[]{1, 3}, 0.5);
        assertThat(smoothed[0]).isCloseTo(1, within(1e-12));
        assertThat(smoothed[1]).isCloseTo(7.0 / 3, within(1e-12));
    }

    @Test
    void aConstantCurveStaysConstantAndWeightZeroChangesNothing() {
        double[] flat = new double[50];
        Arrays.fill(flat, 4.2);
        assertThat(CurveMath.smooth(flat, 0.9)).containsOnly(new double[]{4.2}, within(1e-9));
        double[] values = {3, 1, 4, 1, 5};
        assertThat(CurveMath.smooth(values, 0)).containsExactly(values);
    }

    @Test
    void minMaxDownsamplingKeepsSpikesEndsAndOrder() {
        double[] values = new double[10_000];
        Arrays.fill(values, 1);
        values[4_321] = 50;
        values[7_000] = -3;
        int[] picked = CurveMath.minMaxIndices(values, 100);
        assertThat(picked.length).isLessThanOrEqualTo(202);
        assertThat(picked).contains(0, 4_321, 7_000, 9_999);
        assertThat(picked).isSorted();
        assertThat(CurveMath.minMaxIndices(new double[]{1, 2, 3}, 100)).containsExactly(0, 1, 2);
    }

    @Test
    void logOfNonPositiveIsNotANumber() {
        assertThat(CurveMath.log10(100)).isEqualTo(2);
        assertThat(CurveMath.log10(0)).isNaN();
    }
}
