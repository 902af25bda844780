package org.routerdc.workbench.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.routerdc.workbench.data.TestData.SAMPLE_LLMS;
import static org.routerdc.workbench.data.TestData.sample;

class SampleDataReadTest {
    private static final String CHLOE = "Chloe had $36. Chloe spent half of it on a new backpack and then 50% of what"
            + " was left on lunch. How many dollars does Chloe have now?";
    private static final String PHOTOSYNTHESIS = "Which organelle carries out photosynthesis in plant cells?\n"
            + "A. Chloroplast\nB. Vacuole\nC. Centriole\nD. Nucleus\nAnswer:";

    @Test
    void readsRouterDcJson() throws Exception {
        ScoreTable table = ScoreTables.read(sample("routerdc/math_train.json"), null);

        assertThat(table.name()).isEqualTo("math_train");
        assertThat(table.metric()).isEqualTo(Metric.GRADED);
        assertThat(table.llms()).containsExactlyElementsOf(SAMPLE_LLMS);
        assertThat(table.size()).isEqualTo(60);
        QueryRow first = table.rows().getFirst();
        assertThat(first.text()).isEqualTo(CHLOE);
        assertThat(first.scores()).containsExactly(0.8, 0.7, 0.9, 0.8, 0.1);
        assertThat(first.clusterId()).isEqualTo(2);
        assertThat(first.id()).isEqualTo("math_train#1");
        assertThat(first.costs()).isNull();
    }

    @Test
    void routerDcTestFilesHaveNoClustersAndTakeAnExplicitMetric() throws Exception {
        ScoreTable table = ScoreTables.read(DataSource.parse("sample-data/routerdc/science_test.json=binary"));

        assertThat(table.metric()).isEqualTo(Metric.BINARY);
        assertThat(table.size()).isEqualTo(25);
        assertThat(table.rows()).noneMatch(QueryRow::hasCluster);
        assertThat(table.rows().getFirst().scores()).containsExactly(0.735, 0.8604, 0.0, 0.8863, 0.0);
    }

    @Test
    void readsJsonLinesWithIdsTasksCostsAndClusters() throws Exception {
        ScoreTable table = ScoreTables.read(sample("jsonl/train.jsonl"), null);

        assertThat(table.name()).isEqualTo("train");
        assertThat(table.size()).isEqualTo(240);
        assertThat(table.llms()).containsExactlyElementsOf(SAMPLE_LLMS);
        QueryRow first = table.rows().getFirst();
        assertThat(first.id()).isEqualTo("math-train-001");
        assertThat(first.task()).isEqualTo("math");
        assertThat(first.text()).isEqualTo(CHLOE);
        assertThat(first.costs()).containsExactly(7.3e-05, 4.88e-05, 0.0001833, 4.338e-05, 7.96e-06);
        QueryRow science = table.rows().get(121);
        assertThat(science.id()).isEqualTo("science-train-002");
        assertThat(science.clusterId()).isEqualTo(8);
        assertThat(science.text()).isEqualTo(PHOTOSYNTHESIS);
        assertThat(table.rows().stream().map(QueryRow::task).distinct())
                .containsExactly("math", "code", "science", "knowledge");
        assertThat(table.rows().stream().map(QueryRow::id).distinct()).hasSize(240);
    }

    @Test
    void readsRouterBenchCsvUnwrappingPythonListPrompts() throws Exception {
        ScoreTable table = ScoreTables.read(sample("routerbench/train.csv"), null);

        assertThat(table.size()).isEqualTo(240);
        assertThat(table.llms()).containsExactlyElementsOf(SAMPLE_LLMS);
        QueryRow first = table.rows().getFirst();
        assertThat(first.id()).isEqualTo("grade-school-math.train.0");
        assertThat(first.task()).isEqualTo("grade-school-math");
        assertThat(first.text()).isEqualTo(CHLOE);
        assertThat(first.hasCluster()).isFalse();
        assertThat(first.costs()).containsExactly(7.3e-05, 4.88e-05, 0.0001833, 4.338e-05, 7.96e-06);
        // ["Sofia's hens ..."]: a one-element list in double quotes
        assertThat(table.rows().get(1).text()).startsWith("Sofia's hens lay 33 eggs per day.").doesNotContain("[\"");
        // ['question', 'A. ...\nB. ...']: two elements joined by a newline, \n escapes decoded
        QueryRow science = table.rows().get(121);
        assertThat(science.id()).isEqualTo("science-mcq.train.1");
        assertThat(science.text()).isEqualTo(PHOTOSYNTHESIS);
        assertThat(science.scores()).containsExactly(0.0, 0.0, 0.8337, 0.9253, 0.0);
    }

    @Test
    void theThreeFormatsHoldTheSameQueries() throws Exception {
        ScoreTable jsonl = ScoreTables.read(sample("jsonl/test.jsonl"), null);
        ScoreTable csv = ScoreTables.read(sample("routerbench/test.csv"), null);

        assertThat(csv.texts()).isEqualTo(jsonl.texts());
        for (int i = 0; i < jsonl.size(); i++) {
            assertThat(csv.rows().get(i).scores()).containsExactly(jsonl.rows().get(i).scores(), within(1e-12));
        }
        ScoreTable code = ScoreTables.read(sample("routerdc/code_test.json"), null);
        assertThat(jsonl.texts()).containsSequence(code.texts());
    }
}
