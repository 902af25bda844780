package org.routerdc.workbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IsotonicCalibrationTest {
    @Test
    void poolsAdjacentViolatorsAndInterpolatesBetweenBlocks() {
        // y = 1, 0, 1, 1 at x = 1..4: the first two pool to (x 1.5, y 0.5), the last two to (x 3.5, y 1)
        IsotonicCalibration c = IsotonicCalibration.fit(new double[]{3, 1, 4, 2}, new double[]{1, 1, 1, 0},
                new double[]{1, 1, 1, 1});
        assertThat(c.knotScores()).containsExactly(1.5, 3.5);
        assertThat(c.knotExpected()).containsExactly(0.5, 1.0);
        assertThat(c.apply(2.5)).isCloseTo(0.75, within(1e-12));
        assertThat(c.apply(-10)).isEqualTo(0.5);
        assertThat(c.apply(10)).isEqualTo(1.0);
    }

    @Test
    void weightsAndMissingScoresCount() {
        // x 1 (y 1, weight 3) and x 2 (y 0, weight 1) pool to y 0.75; the NaN row is left out
        IsotonicCalibration c = IsotonicCalibration.fit(new double[]{1, 2, 3}, new double[]{1, 0, Double.NaN},
                new double[]{3, 1, 1});
        assertThat(c.knotExpected()).containsExactly(0.75);
        assertThat(c.knotScores()[0]).isCloseTo(1.25, within(1e-12));
    }
}
