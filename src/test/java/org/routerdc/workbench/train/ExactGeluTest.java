package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class ExactGeluTest {
    @Test
    void erfMatchesTabulatedValues() {
        double[][] known = {{0, 0}, {0.1, 0.1124629160182848922}, {0.5, 0.5204998778130465377},
                {1, 0.8427007929497148693}, {1.5, 0.9661051464753107271}, {2, 0.9953222650189527342},
                {3, 0.9999779095030014146}, {5, 0.9999999999984625402}};
        for (double[] row : known) {
            assertThat(ExactGelu.erf(row[0])).as("erf(%s)", row[0]).isCloseTo(row[1], offset(1e-14));
            assertThat(ExactGelu.erf(-row[0])).as("erf(-%s)", row[0]).isCloseTo(-row[1], offset(1e-14));
        }
        assertThat(ExactGelu.erf(40)).isEqualTo(1);
        assertThat(ExactGelu.erf(Double.NaN)).isNaN();
    }

    @Test
    void geluIsZeroAtZeroAndTheIdentityFarOut() {
        assertThat(ExactGelu.gelu(0)).isZero();
        assertThat(ExactGelu.gelu(1)).isCloseTo(0.8413447460685429, offset(1e-14)); // 1·Φ(1)
        assertThat(ExactGelu.gelu(10)).isEqualTo(10);
        assertThat(ExactGelu.gelu(-10)).isCloseTo(0, offset(1e-20));
    }
}
