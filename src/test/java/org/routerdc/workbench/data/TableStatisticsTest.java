package org.routerdc.workbench.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Figures checked by hand on a 3-row, 3-LLM table. */
class TableStatisticsTest {
    private static final double EPS = 1e-9;
    // x: 1.0 0.0 0.2 | y: 0.5 0.0 0.8 | z: 0.0 0.0 0.8
    private static final ScoreTable TABLE = new ScoreTable("t", null, Metric.GRADED, List.of("x", "y", "z"), List.of(
            new QueryRow("r1", "q1", null, -1, new double[]{1.0, 0.5, 0.0}, null),
            new QueryRow("r2", "q2", null, -1, new double[]{0.0, 0.0, 0.0}, null),
            new QueryRow("r3", "q3", null, -1, new double[]{0.2, 0.8, 0.8}, null)));

    @Test
    void gradedFigures() {
        TableStatistics stats = TableStatistics.of(TABLE);

        assertThat(stats.rows()).isEqualTo(3);
        assertThat(stats.llms()).extracting(LlmStatistics::llm).containsExactly("x", "y", "z");
        assertThat(stats.llms().get(0).meanScore()).isCloseTo(0.4, within(EPS));
        assertThat(stats.llms().get(1).meanScore()).isCloseTo(1.3 / 3, within(EPS));
        assertThat(stats.llms().get(2).accuracyPercent()).isCloseTo(80.0 / 3, within(EPS));
        assertThat(stats.oraclePercent()).isCloseTo(60.0, within(EPS));          // (1.0 + 0 + 0.8) / 3
        assertThat(stats.bestSingle().llm()).isEqualTo("y");                      // 43.3 %
        assertThat(stats.randomPercent()).isCloseTo(110.0 / 3, within(EPS));     // (40 + 43.3 + 26.7) / 3
        assertThat(stats.noneCorrectShare()).isCloseTo(1.0 / 3, within(EPS));    // row 2
        // row 1 goes to x; row 3 is a tie y/z split in halves
        assertThat(stats.llms().stream().mapToDouble(LlmStatistics::bestShare).toArray())
                .containsExactly(new double[]{1.0 / 3, 1.0 / 6, 1.0 / 6}, within(EPS));
    }

    @Test
    void binaryFiguresCountAnyPositiveScoreAsSolved() {
        TableStatistics stats = TableStatistics.of(TABLE.withMetric(Metric.BINARY));

        assertThat(stats.llms().stream().mapToDouble(LlmStatistics::accuracyPercent).toArray())
                .containsExactly(new double[]{200.0 / 3, 200.0 / 3, 100.0 / 3}, within(EPS));
        assertThat(stats.llms().get(2).meanScore()).isCloseTo(0.8 / 3, within(EPS));
        assertThat(stats.oraclePercent()).isCloseTo(200.0 / 3, within(EPS));
        assertThat(stats.bestSingle().llm()).isEqualTo("x");                      // tie with y: first wins
        assertThat(stats.randomPercent()).isCloseTo(500.0 / 9, within(EPS));
        // row 1: x/y tie; row 3: three-way tie
        assertThat(stats.llms().get(0).bestShare()).isCloseTo((0.5 + 1.0 / 3) / 3, within(EPS));
        assertThat(stats.llms().get(2).bestShare()).isCloseTo((1.0 / 3) / 3, within(EPS));
    }

    @Test
    void sampleDataRewardsRoutingByTask() throws Exception {
        ScoreTable math = ScoreTables.read(TestData.sample("routerdc/math_test.json"), Metric.GRADED);
        ScoreTable science = ScoreTables.read(TestData.sample("routerdc/science_test.json"), Metric.BINARY);

        assertThat(TableStatistics.of(math).bestSingle().llm()).isEqualTo("mathstral-7b");
        assertThat(TableStatistics.of(science).bestSingle().llm()).isEqualTo("qwen2-7b-instruct");
    }
}
