package org.routerdc.workbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables with holes: kept as NaN with one located warning per file; refused when strict or when an LLM never scores. */
class HolesTest {
    @TempDir
    Path dir;

    @Test
    void emptyCsvCellsAreKeptAsMissingWithOneWarningNamingTheLinesAndCount() throws Exception {
        Path csv = dir.resolve("arc.csv");
        Files.writeString(csv, """
                prompt,a,b,c,a|total_cost,b|total_cost,c|total_cost
                q1,1,0,1,0.1,0.2,0.3
                q2,1,,0,0.1,,0.3
                q3,0,1,1,0.1,0.2,0.3
                q4,1,,,0.1,,
                q5,1,,1,0.1,,0.3
                q6,1,1,1,0.1,0.2,0.3
                q7,1,,1,0.1,,0.3
                """);

        ScoreTable table = ScoreTables.read(csv, Metric.BINARY);

        assertThat(table.size()).isEqualTo(7);
        assertThat(table.rows().get(1).scores()[1]).isNaN();
        assertThat(table.rows().get(1).costs()[1]).isNaN();
        assertThat(table.rows().get(1).isComplete()).isFalse();
        assertThat(table.incompleteRows()).isEqualTo(4);
        assertThat(table.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.describe()).startsWith("arc.csv:3: LLM 'b' has no score (4 rows: lines 3, 5, 6, ...); "
                    + "LLM 'c' has no score (1 row: line 5)");
        });
        TableStatistics stats = TableStatistics.of(table);
        assertThat(stats.llms().get(1).scoredRows()).isEqualTo(3);
        assertThat(stats.llms().get(1).accuracyPercent()).isCloseTo(66.667, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(stats.llms().get(1).meanCost()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void nullAndAbsentJsonKeysAreHolesAndAnLlmFirstNamedLaterJoins() throws Exception {
        Path jsonl = dir.resolve("rows.jsonl");
        Files.writeString(jsonl, """
                {"question": "q1", "scores": {"a": 1, "b": 0}}
                {"question": "q2", "scores": {"a": null, "b": 1}}
                {"question": "q3", "scores": {"a": 0, "b": 1, "c": 1}}
                """);

        ScoreTable table = ScoreTables.read(jsonl, null);

        assertThat(table.llms()).containsExactly("a", "b", "c");
        assertThat(table.rows().get(0).scores()).containsExactly(1.0, 0.0, Double.NaN);
        assertThat(table.rows().get(1).scores()[0]).isNaN();
        assertThat(table.rows().get(2).isComplete()).isTrue();
        assertThat(table.warnings().getFirst().message()).contains("LLM 'a' has no score (1 row: line 2)",
                "LLM 'c' has no score (2 rows: lines 1, 2)");
    }

    @Test
    void strictRefusesHolesAsBeforeAndAnLlmWithoutAnyScoreIsAlwaysAnError() throws Exception {
        Path jsonl = dir.resolve("rows.jsonl");
        Files.writeString(jsonl, """
                {"question": "q1", "scores": {"a": 1, "b": 0}}
                {"question": "q2", "scores": {"a": "", "b": 1}}
                """);
        assertThatThrownBy(() -> ScoreTables.read(jsonl, null, true)).isInstanceOf(ScoreTableException.class)
                .hasMessageContaining("rows.jsonl:2: field 'scores.a': value is missing (empty)");
        LoadResult strict = ScoreTables.readAll(List.of(new DataSource(jsonl, null)), true);
        assertThat(strict.tables()).isEmpty();
        assertThat(strict.errors()).hasSize(1);

        Path never = dir.resolve("never.jsonl");
        Files.writeString(never, """
                {"question": "q1", "scores": {"a": 1, "b": null}}
                {"question": "q2", "scores": {"a": 0}}
                """);
        assertThatThrownBy(() -> ScoreTables.read(never, null)).isInstanceOf(ScoreTableException.class)
                .hasMessageContaining("never.jsonl: field 'scores.b': LLM 'b' has no score on any row");
    }

    @Test
    void holesSurviveAnExportAsNulls() throws Exception {
        Path jsonl = dir.resolve("rows.jsonl");
        Files.writeString(jsonl, """
                {"question": "q1", "scores": {"a": 1, "b": 0}}
                {"question": "q2", "scores": {"b": 1}}
                """);
        Path back = dir.resolve("back.jsonl");
        ScoreTableWriter.writeJsonl(ScoreTables.read(jsonl, null), back);
        assertThat(ScoreTables.read(back, null).rows().get(1).scores()).containsExactly(Double.NaN, 1.0);
    }
}
