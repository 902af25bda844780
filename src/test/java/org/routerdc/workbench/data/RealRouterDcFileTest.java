package org.routerdc.workbench.data;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real RouterDC file shape (read from the shared data folder when present, never copied). */
class RealRouterDcFileTest {

    @Test
    void readsTheRealHumanEvalTrainingFile() throws Exception {
        Path file = TestData.shared("datasets/routerdc/train/humaneval_train.json");
        assumeTrue(file != null, "shared RouterDC data not present");

        ScoreTable table = ScoreTables.read(file, null);

        assertThat(table.name()).isEqualTo("humaneval_train");
        assertThat(table.size()).isEqualTo(115);
        assertThat(table.llms()).hasSize(7).startsWith("mistralai/Mistral-7B-v0.1", "meta-math/MetaMath-Mistral-7B")
                .endsWith("cognitivecomputations/dolphin-2.9-llama3-8b");
        QueryRow first = table.rows().getFirst();
        assertThat(first.text()).startsWith("\ndef generate_integers(a, b):\n");
        assertThat(first.clusterId()).isEqualTo(4);
        assertThat(first.scores()).containsOnly(0.0);
        assertThat(table.rows().get(1).scores()).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0, 0.2, 1.0);
        assertThat(table.rows().stream().flatMapToDouble(row -> java.util.Arrays.stream(row.scores())))
                .allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
    }
}
