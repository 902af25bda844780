package org.routerdc.workbench.app.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingSettingsTest {
    @Test
    void defaultsAreValidAndLeaveEncoderAndPoolingToTheWorker() {
        TrainingSettings defaults = TrainingSettings.defaults();
        assertThat(defaults.problems()).isEmpty();
        assertThat(String.join(" ", defaults.arguments())).contains("--steps 1000", "--tau 1", "--lambda 1", "--device auto")
                .doesNotContain("--encoder", "--pooling");
    }

    @Test
    void badValuesAreNamedPerField() {
        TrainingSettings bad = TrainingSettings.defaults().with(TrainingField.STEPS, "0").with(TrainingField.TAU, "0")
                .with(TrainingField.LEARNING_RATE, "fast").with(TrainingField.ENCODER, "/no/such/folder")
                .with(TrainingField.BATCH, "1.5").with(TrainingField.DEVICE, "tpu");
        assertThat(bad.problems()).containsOnly(Map.entry(TrainingField.STEPS, "must be at least 1"),
                Map.entry(TrainingField.TAU, "must be > 0"), Map.entry(TrainingField.LEARNING_RATE, "not a number"),
                Map.entry(TrainingField.ENCODER, "no such folder"), Map.entry(TrainingField.BATCH, "not a whole number"),
                Map.entry(TrainingField.DEVICE, "choose one of [auto, cpu, gpu]"));
    }

    @Test
    void encoderFineTuningIsOneChoiceWithItsOwnLearningRate() {
        assertThat(TrainingSettings.defaults().arguments()).containsSubsequence("--finetune", "frozen")
                .doesNotContain("--encoder-lr");
        TrainingSettings tuned = TrainingSettings.defaults().with(TrainingField.FINETUNE, "top-2")
                .with(TrainingField.ENCODER_LR, "2e-5");
        assertThat(tuned.problems()).isEmpty();
        assertThat(tuned.arguments()).containsSubsequence("--finetune", "top-2").containsSubsequence("--encoder-lr", "2e-5");
        assertThat(TrainingSettings.defaults().with(TrainingField.FINETUNE, "top-99").problems()).containsKey(TrainingField.FINETUNE);
        assertThat(TrainingSettings.defaults().with(TrainingField.ENCODER_LR, "-1").problems())
                .containsEntry(TrainingField.ENCODER_LR, "must be > 0");
    }

    @Test
    void settingsSurviveTheSettingsFileByName() {
        TrainingSettings changed = TrainingSettings.defaults().with(TrainingField.LAMBDA, "0.5").with(TrainingField.POOLING, "mean");
        assertThat(TrainingSettings.fromNames(changed.toNames())).isEqualTo(changed);
        assertThat(String.join(" ", changed.arguments())).contains("--lambda 0.5", "--pooling mean");
    }

    @Test
    void theWorkerGetsEachFileWithItsMetricAndResumesWhenAsked(@TempDir Path dir) {
        ScoreTable table = new ScoreTable("science", dir.resolve("science.json"), Metric.BINARY, List.of("a", "b"),
                List.of(new QueryRow("1", "q", "science", QueryRow.NO_CLUSTER, new double[]{1, 0}, null)));
        String file = WorkerCommand.fileArgument(table);
        assertThat(file).isEqualTo(dir.resolve("science.json").toAbsolutePath() + "=binary");
        List<String> command = WorkerCommand.train(TrainingSettings.defaults(), List.of(file), dir.resolve("r.router"),
                dir.resolve("checkpoints"), true);
        assertThat(command.getFirst()).endsWith("java");
        assertThat(command).contains("--enable-native-access=ALL-UNNAMED", "-Dai.djl.offline=true",
                "org.routerdc.workbench.Launcher", "train", "json", file, "--resume");
        assertThat(command.get(command.indexOf("--out") + 1)).endsWith("r.router");
    }

    @Test
    void aDeathIsExplainedByTheLastRealStderrLine() {
        WorkerOutcome outcome = new WorkerOutcome(1, List.of("workbench train: internal error: java.lang.OutOfMemoryError",
                "java.lang.OutOfMemoryError: Java heap space", "\tat ai.djl.Foo.bar(Foo.java:1)", "\t... 3 more", ""));
        assertThat(outcome.reason()).isEqualTo("java.lang.OutOfMemoryError: Java heap space");
        assertThat(new WorkerOutcome(137, List.of()).reason()).isEmpty();
    }
}
