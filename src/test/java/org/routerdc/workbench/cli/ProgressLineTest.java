package org.routerdc.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void showsTheRateAndEtaWhileEncoding() {
        assertThat(ProgressLine.line("encoding", 40, 100, 12.4, 4.8)).isEqualTo("encoding: 40/100 rows (12 rows/s, ETA 5 s)");
        assertThat(ProgressLine.line("encoding", 100, 100, 12.4, 0)).isEqualTo("encoding: 100/100 rows (12 rows/s)");
    }

    @Test
    void rowsThatAllCameFromTheCacheHaveNoRateOfZero() {
        assertThat(ProgressLine.line("encoding", 50, 50, 0, Double.NaN)).isEqualTo("encoding: 50/50 rows (all from the cache)");
        assertThat(ProgressLine.line("encoding", 20, 50, 0, Double.NaN)).isEqualTo("encoding: 20/50 rows");
    }
}
