package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouterTrainerTest {
    private static final TrainingData DATA = SyntheticRouting.generate(400, 5);
    private static final TrainingConfig SHORT = TrainingConfig.defaults().withDevice(TrainingDevice.CPU)
            .withClusters(4).withBatchSize(32).withSteps(40).withEvalEvery(20);

    @TempDir
    Path dir;

    @Test
    void learnsToRouteFarAboveRandomAndNearTheOracle() throws IOException {
        RecordingListener events = new RecordingListener();
        TrainingConfig config = SHORT.withSteps(150).withEvalEvery(50);
        TrainedRouter router = RouterTrainer.train(DATA, null, config, dir, events, () -> false);
        double before = SyntheticRouting.accuracy(untrained(config), DATA);
        double after = SyntheticRouting.accuracy(router, DATA);
        assertThat(after).as("accuracy after training (oracle 100, random ~44, untrained %.1f)", before)
                .isGreaterThanOrEqualTo(95.0);
        assertThat(router.metrics().bestAverage()).isCloseTo(after, within(1e-9)); // selection = training data
        assertThat(events.of(TrainingEvent.Evaluation.class)).extracting(TrainingEvent.Evaluation::step)
                .containsExactly(50, 100, 150);
        TrainingEvent.Finished finished = events.of(TrainingEvent.Finished.class).getFirst();
        assertThat(finished.reason()).isEqualTo(TrainingEvent.Reason.COMPLETED);
        assertThat(Files.exists(dir.resolve("best/state.json"))).isTrue();
        assertThat(Files.exists(dir.resolve("last/tensors.safetensors"))).isTrue();
    }

    private static TrainedRouter untrained(TrainingConfig config) {
        RouterWeights initial = RouterWeights.initial(SyntheticRouting.DIMENSION, SyntheticRouting.DIMENSION,
                SyntheticRouting.LLMS, config.llmVectorStd(), config.seed());
        return new TrainedRouter(DATA.llms(), initial, 1.0, config, null);
    }

    @Test
    void sameSeedGivesIdenticalLossesAndWeights() throws IOException {
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();
        TrainedRouter a = RouterTrainer.train(DATA, null, SHORT, dir.resolve("a"), first, () -> false);
        TrainedRouter b = RouterTrainer.train(DATA, null, SHORT, dir.resolve("b"), second, () -> false);
        assertThat(first.losses()).hasSize(40).isEqualTo(second.losses());
        assertThat(a.w1()).isDeepEqualTo(b.w1());
        assertThat(a.llmVectors()).isDeepEqualTo(b.llmVectors());
        RecordingListener other = new RecordingListener();
        RouterTrainer.train(DATA, null, SHORT.withSeed(7), dir.resolve("c"), other, () -> false);
        assertThat(other.losses()).isNotEqualTo(first.losses());
    }

    @Test
    void cancelThenResumeEqualsAnUninterruptedRun() throws IOException {
        TrainingConfig config = SHORT.withEvalEvery(1000).withSteps(40); // only the cancel writes "last" mid-run
        Checkpoint straight = finalState(config, dir.resolve("straight"), () -> false);
        AtomicInteger polls = new AtomicInteger();
        RecordingListener firstHalf = new RecordingListener();
        RouterTrainer.train(DATA, null, config, dir.resolve("split"), firstHalf, () -> polls.incrementAndGet() > 20);
        assertThat(firstHalf.of(TrainingEvent.Finished.class).getFirst().reason()).isEqualTo(TrainingEvent.Reason.CANCELLED);
        assertThat(firstHalf.of(TrainingEvent.Step.class)).hasSize(20);
        assertThat(Checkpoint.read(dir.resolve("split/last")).progress().step()).isEqualTo(20);
        RecordingListener secondHalf = new RecordingListener();
        RouterTrainer.resume(dir.resolve("split"), DATA, null, secondHalf, () -> false);
        assertThat(secondHalf.of(TrainingEvent.Step.class).getFirst().step()).isEqualTo(21);
        Checkpoint resumed = Checkpoint.read(dir.resolve("split/last"));
        assertThat(resumed.progress().step()).isEqualTo(40);
        assertClose(resumed.weights().w1(), straight.weights().w1());
        assertClose(resumed.weights().w2(), straight.weights().w2());
        assertClose(resumed.weights().llmVectors(), straight.weights().llmVectors());
    }

    private static Checkpoint finalState(TrainingConfig config, Path where, java.util.function.BooleanSupplier cancel)
            throws IOException {
        RouterTrainer.train(DATA, null, config, where, new RecordingListener(), cancel);
        return Checkpoint.read(where.resolve("last"));
    }

    private static void assertClose(float[][] actual, float[][] expected) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertThat(actual[i][j]).isCloseTo(expected[i][j], within(1e-6f));
            }
        }
    }

    @Test
    void aStopBeforeTheFirstEvaluationEvaluatesSoTheStepsDoneGiveTheBestRouter() throws IOException {
        RecordingListener events = new RecordingListener();
        AtomicInteger polls = new AtomicInteger();
        TrainedRouter router = RouterTrainer.train(DATA, null, SHORT.withEvalEvery(1000).withSteps(40), dir, events,
                () -> polls.incrementAndGet() > 20);
        TrainingEvent.Finished finished = events.of(TrainingEvent.Finished.class).getFirst();
        assertThat(finished.reason()).isEqualTo(TrainingEvent.Reason.CANCELLED);
        assertThat(finished.bestStep()).isEqualTo(20);
        assertThat(events.of(TrainingEvent.Evaluation.class)).extracting(TrainingEvent.Evaluation::step).containsExactly(20);
        assertThat(Checkpoint.read(dir.resolve(Checkpoint.BEST)).progress().step()).isEqualTo(20);
        assertThat(router.metrics().bestStep()).isEqualTo(20);
    }

    @Test
    void cancelledBeforeTheFirstStepStillFinishesCleanly() throws IOException {
        RecordingListener events = new RecordingListener();
        TrainedRouter router = RouterTrainer.train(DATA, null, SHORT, dir, events, () -> true);
        assertThat(events.of(TrainingEvent.Step.class)).isEmpty();
        assertThat(events.of(TrainingEvent.Finished.class).getFirst().reason()).isEqualTo(TrainingEvent.Reason.CANCELLED);
        assertThat(events.of(TrainingEvent.Checkpoint.class)).hasSize(1);
        assertThat(router.metrics().finalStep()).isZero();
    }

    @Test
    void gpuRequestedOnACpuOnlyMachineFallsBackWithAWarning() throws IOException {
        assumeTrue(RouterEngine.get().getGpuCount() == 0, "this machine has a CUDA device");
        RecordingListener events = trainFourStepsOn(TrainingDevice.GPU);
        assertThat(events.of(TrainingEvent.Log.class)).anySatisfy(log -> {
            assertThat(log.level()).isEqualTo(TrainingEvent.Level.WARNING);
            assertThat(log.message()).contains("GPU requested but No CUDA device found");
        });
        assertThat(events.of(TrainingEvent.Started.class).getFirst().device()).startsWith("CPU");
    }

    @Test
    void gpuRequestedWhereThereIsOneTrainsOnIt() throws IOException {
        assumeTrue(RouterEngine.get().getGpuCount() > 0, "no CUDA device on this machine");
        RecordingListener events = trainFourStepsOn(TrainingDevice.GPU);
        assertThat(events.of(TrainingEvent.Log.class)).noneSatisfy(log ->
                assertThat(log.level()).isEqualTo(TrainingEvent.Level.WARNING));
        assertThat(events.of(TrainingEvent.Started.class).getFirst().device()).startsWith("GPU 0");
    }

    private RecordingListener trainFourStepsOn(TrainingDevice device) throws IOException {
        RecordingListener events = new RecordingListener();
        RouterTrainer.train(DATA, null, SHORT.withSteps(4).withLogEvery(2).withDevice(device), dir, events, () -> false);
        assertThat(events.of(TrainingEvent.Step.class)).extracting(TrainingEvent.Step::step).containsExactly(2, 4);
        assertThat(events.of(TrainingEvent.Step.class).getLast().etaSeconds()).isZero();
        assertThat(events.of(TrainingEvent.Finished.class).getFirst().reason()).isEqualTo(TrainingEvent.Reason.COMPLETED);
        return events;
    }

    @Test
    void reportsFailureForMismatchedSelectionSet() {
        RecordingListener events = new RecordingListener();
        TrainingData narrow = SyntheticRouting.generate(8, 1).select(new int[] {0, 1});
        TrainingData other = new TrainingData(narrow.embeddings(), narrow.scores(), null, narrow.datasetIndex(),
                narrow.datasetNames(), narrow.datasetMetrics(), java.util.List.of("a", "b", "c", "d", "e"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RouterTrainer.train(DATA, other, SHORT, dir, events, () -> false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events.of(TrainingEvent.Failed.class)).hasSize(1);
    }
}
