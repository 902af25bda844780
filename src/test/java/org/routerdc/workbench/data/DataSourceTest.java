package org.routerdc.workbench.data;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataSourceTest {

    @Test
    void suffixSetsTheMetric() {
        assertThat(DataSource.parse("data/mmlu.json=binary"))
                .isEqualTo(new DataSource(Path.of("data/mmlu.json"), Metric.BINARY));
        assertThat(DataSource.parse("data/gsm8k.json=Graded").metricOrNull()).isEqualTo(Metric.GRADED);
        assertThat(DataSource.parse("data/gsm8k.json").metricOrNull()).isNull();
    }

    @Test
    void anEqualsSignInAFolderNameIsPartOfThePath() {
        assertThat(DataSource.parse("runs/lr=0.1/scores.jsonl"))
                .isEqualTo(new DataSource(Path.of("runs/lr=0.1/scores.jsonl"), null));
    }

    @Test
    void badSuffixOrMissingFileIsAClearError() {
        assertThatThrownBy(() -> DataSource.parse("mmlu.json=accuracy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'accuracy'").hasMessageContaining("binary or graded");
        assertThatThrownBy(() -> DataSource.parse("=binary")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataSource.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsBackAsParsed() {
        assertThat(DataSource.parse("a/b.json=binary")).hasToString(Path.of("a/b.json") + "=binary");
    }
}
