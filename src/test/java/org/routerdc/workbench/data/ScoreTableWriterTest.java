package org.routerdc.workbench.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreTableWriterTest {

    @Test
    void jsonLinesRoundTripKeepsEverything(@TempDir Path dir) throws Exception {
        ScoreTable original = ScoreTables.read(TestData.sample("jsonl/train.jsonl"), Metric.BINARY);
        Path file = dir.resolve("export.jsonl");

        ScoreTableWriter.writeJsonl(original, file);
        ScoreTable back = ScoreTables.read(file, null);

        assertThat(back.metric()).isEqualTo(Metric.BINARY); // from the hint on the first row
        assertThat(back.llms()).isEqualTo(original.llms());
        assertThat(back.size()).isEqualTo(original.size());
        for (int i = 0; i < original.size(); i++) {
            QueryRow a = original.rows().get(i), b = back.rows().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.text()).isEqualTo(a.text());
            assertThat(b.task()).isEqualTo(a.task());
            assertThat(b.clusterId()).isEqualTo(a.clusterId());
            assertThat(b.scores()).containsExactly(a.scores());
            assertThat(b.costs()).containsExactly(a.costs());
        }
    }

    @Test
    void routerDcTablesWithoutCostsOrTasksExportToo(@TempDir Path dir) throws Exception {
        ScoreTable original = ScoreTables.read(TestData.sample("routerdc/code_test.json"), null);
        Path file = dir.resolve("code.jsonl");

        ScoreTableWriter.writeJsonl(original, file);
        ScoreTable back = ScoreTables.read(file, null);

        assertThat(back.texts()).isEqualTo(original.texts());
        assertThat(back.rows()).allSatisfy(row -> assertThat(row.costs()).isNull());
        assertThat(back.rows().getFirst().id()).isEqualTo("code_test#1");
    }
}
