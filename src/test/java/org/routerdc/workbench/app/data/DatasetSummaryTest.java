package org.routerdc.workbench.app.data;

import org.junit.jupiter.api.Test;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DatasetSummaryTest {
    private static ScoreTable table(Metric metric) {
        return new ScoreTable("t", null, metric, List.of("a", "b"), List.of(
                new QueryRow("1", "q1", null, -1, new double[]{1.0, 0.0}, null),
                new QueryRow("2", "q2", null, -1, new double[]{0.0, 0.5}, null),
                new QueryRow("3", "q3", null, -1, new double[]{0.0, 0.0}, null),
                new QueryRow("4", "q4", null, -1, new double[]{1.0, 1.0}, null)));
    }

    @Test
    void gradedCountsScoresAsTheyAre() {
        DatasetSummary summary = DatasetSummary.of(table(Metric.GRADED));
        // a: (1+0+0+1)/4 = 50 %, b: (0+0.5+0+1)/4 = 37.5 %
        assertThat(summary.llmAccuracy()).containsExactly(50.0, 37.5);
        // oracle: (1 + 0.5 + 0 + 1)/4 = 62.5 %; random: mean of (0.5, 0.25, 0, 1) = 43.75 %
        assertThat(summary.oracle()).isCloseTo(62.5, within(1e-9));
        assertThat(summary.random()).isCloseTo(43.75, within(1e-9));
        assertThat(summary.bestSingleName()).isEqualTo("a");
        assertThat(summary.bestSingleAccuracy()).isEqualTo(50.0);
    }

    @Test
    void binaryCountsAnyPositiveScoreAsCorrect() {
        DatasetSummary summary = DatasetSummary.of(table(Metric.BINARY));
        // b: (0+1+0+1)/4 = 50 %, oracle (1+1+0+1)/4 = 75 %, ties go to the first LLM
        assertThat(summary.llmAccuracy()).containsExactly(50.0, 50.0);
        assertThat(summary.oracle()).isCloseTo(75.0, within(1e-9));
        assertThat(summary.random()).isCloseTo(50.0, within(1e-9));
        assertThat(summary.bestSingle()).isZero();
    }

    @Test
    void queryFilterMatchesTextIdOrTaskIgnoringCase() {
        QueryRow row = new QueryRow("gsm8k#7", "How many Eggs?", "math", -1, new double[]{1}, null);
        assertThat(QueryFilter.matching("eggs").test(row)).isTrue();
        assertThat(QueryFilter.matching("GSM8K#7").test(row)).isTrue();
        assertThat(QueryFilter.matching("MATH").test(row)).isTrue();
        assertThat(QueryFilter.matching("ducks").test(row)).isFalse();
        assertThat(QueryFilter.matching("  ").test(row)).isTrue();
    }
}
