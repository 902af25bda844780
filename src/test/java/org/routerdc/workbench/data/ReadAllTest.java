package org.routerdc.workbench.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.routerdc.workbench.data.TestData.SAMPLE_LLMS;
import static org.routerdc.workbench.data.TestData.bad;
import static org.routerdc.workbench.data.TestData.sample;

class ReadAllTest {

    @Test
    void keepsGoodFilesReportsBadOnesAndAlignsLlmOrder(@TempDir Path dir) throws Exception {
        Path reordered = dir.resolve("reordered.jsonl");
        Files.writeString(reordered, """
                {"question": "q1", "scores": {"tinyllama-1.1b-chat": 0.1, "qwen2-7b-instruct": 0.2, \
                "llama-3-8b-instruct": 0.3, "codellama-7b-instruct": 0.4, "mathstral-7b": 0.5}, \
                "costs": {"tinyllama-1.1b-chat": 1, "qwen2-7b-instruct": 2, "llama-3-8b-instruct": 3, \
                "codellama-7b-instruct": 4, "mathstral-7b": 5}, "metric": "binary"}
                """);
        Path missing = dir.resolve("nowhere.json");

        LoadResult result = ScoreTables.readAll(List.of(
                new DataSource(sample("routerdc/math_train.json"), null),
                new DataSource(bad("missing_llm.json"), null),
                new DataSource(bad("other_llms.json"), null),
                new DataSource(missing, null),
                new DataSource(reordered, null)), true);

        assertThat(result.tables()).extracting(ScoreTable::name).containsExactly("math_train", "reordered");
        ScoreTable aligned = result.tables().get(1);
        assertThat(aligned.llms()).containsExactlyElementsOf(SAMPLE_LLMS);
        assertThat(aligned.rows().getFirst().scores()).containsExactly(0.5, 0.4, 0.3, 0.2, 0.1);
        assertThat(aligned.rows().getFirst().costs()).containsExactly(5.0, 4.0, 3.0, 2.0, 1.0);
        assertThat(aligned.metric()).isEqualTo(Metric.BINARY);

        assertThat(result.errors()).extracting(e -> e.file().getFileName().toString())
                .containsExactly("missing_llm.json", "missing_llm.json", "other_llms.json", "nowhere.json");
        DataError differing = result.errors().get(2);
        assertThat(differing.message())
                .contains("math_train.json", "other_llms.json", "[a, z]", "mathstral-7b", "tinyllama-1.1b-chat");
        assertThat(result.errors().get(3).message()).contains("file not found");
    }

    @Test
    void explicitMetricBeatsTheFilesHint() throws Exception {
        ScoreTable table = ScoreTables.read(bad("bom.json"), Metric.BINARY);
        assertThat(table.metric()).isEqualTo(Metric.BINARY);
        assertThat(ScoreTables.read(bad("bom.json"), null).metric()).isEqualTo(Metric.GRADED);
    }

    @Test
    void everySampleFileLoadsWithTheSameLlms() throws Exception {
        List<DataSource> sources;
        try (var files = Files.walk(Path.of("sample-data"))) {
            sources = files.filter(f -> f.toString().matches(".*\\.(json|jsonl|csv)"))
                    .sorted().map(f -> new DataSource(f, null)).toList();
        }
        LoadResult result = ScoreTables.readAll(sources);

        assertThat(result.errors()).isEmpty();
        assertThat(result.tables()).hasSize(12);
        assertThat(result.tables()).allSatisfy(t -> assertThat(t.llms()).containsExactlyElementsOf(SAMPLE_LLMS));
    }
}
