package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.encode.Pooling;
import org.routerdc.workbench.encode.TextTokenizer;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingDevice;
import org.routerdc.workbench.train.TrainingEvent;

/** The fine-tuning trainer on twelve tiny queries: determinism, and out-of-memory or divergence turned into clear messages. */
class EncoderRouterTrainerTest {
    private static final TrainingConfig CONFIG = TrainingConfig.defaults().withBatchSize(4).withSteps(3).withEvalEvery(3)
            .withDevice(TrainingDevice.CPU).withSeed(7);
    private static final FineTuneConfig TOP_ONE = FineTuneConfig.defaults(new FineTuneMode(1));

    @Test
    void theSameSeedGivesTheSameLossesAndWeights() throws Exception {
        FineTuneData data = tinyData();
        BertWeights weights = OnnxBertImporter.importModel(BundledBge.model()).weights();
        List<TrainingEvent> first = new ArrayList<>(), second = new ArrayList<>();
        FineTunedRouter a = EncoderRouterTrainer.train(weights, data, CONFIG, TOP_ONE, first::add, () -> false);
        FineTunedRouter b = EncoderRouterTrainer.train(weights, data, CONFIG, TOP_ONE, second::add, () -> false);
        assertThat(losses(first)).hasSize(3).isEqualTo(losses(second));
        assertThat(a.encoderWeights().changedFrom(b.encoderWeights())).isEmpty();
        assertThat(a.encoderWeights().changedFrom(weights)).isNotEmpty()
                .allMatch(n -> n.startsWith("encoder.layer.11."));
        assertThat(a.embeddings()).hasNumberOfRows(12);
    }

    @Test
    void aStoppedRunResumesFromItsCheckpointToTheSameLossesAndWeightsAsAnUninterruptedOne(@TempDir Path dir) throws Exception {
        FineTuneData data = tinyData();
        BertWeights weights = OnnxBertImporter.importModel(BundledBge.model()).weights();
        TrainingConfig fourSteps = CONFIG.withSteps(4).withEvalEvery(2);
        List<TrainingEvent> straight = new ArrayList<>(), stopped = new ArrayList<>(), resumed = new ArrayList<>();
        FineTunedRouter whole = EncoderRouterTrainer.train(weights, data, fourSteps, TOP_ONE, straight::add, () -> false);

        AtomicBoolean stop = new AtomicBoolean();
        EncoderRouterTrainer.train(weights, data, fourSteps, TOP_ONE, stopped::add, stop::get, dir, false,
                step -> stop.compareAndSet(false, step == 3)); // step 3 runs, then the run stops and saves "last"
        assertThat(stopped).filteredOn(TrainingEvent.Checkpoint.class::isInstance)
                .extracting(e -> ((TrainingEvent.Checkpoint) e).step() + " " + Path.of(((TrainingEvent.Checkpoint) e).path()).getFileName())
                .containsExactly("2 best", "2 last", "3 last");
        FineTunedRouter continued = EncoderRouterTrainer.train(weights, data, fourSteps, TOP_ONE, resumed::add,
                () -> false, dir, true);

        assertThat(((TrainingEvent.Started) resumed.stream().filter(TrainingEvent.Started.class::isInstance).findFirst()
                .orElseThrow()).resumedFromStep()).isEqualTo(3);
        assertThat(losses(resumed)).isEqualTo(losses(straight).subList(3, 4));
        assertThat(continued.encoderWeights().changedFrom(whole.encoderWeights())).isEmpty();
        assertThat(continued.router().weights().llmVectors()).isDeepEqualTo(whole.router().weights().llmVectors());
        assertThat(continued.router().weights().w1()).isDeepEqualTo(whole.router().weights().w1());
        for (int r = 0; r < whole.embeddings().length; r++) {
            assertThat(continued.embeddings()[r]).containsExactly(whole.embeddings()[r], within(1e-5f));
        }
        assertThatThrownBy(() -> EncoderRouterTrainer.train(weights, data, fourSteps,
                FineTuneConfig.defaults(new FineTuneMode(2)), e -> {}, () -> false, dir, true))
                .hasMessageContaining("the checkpoint is of a --finetune top-1 run, not top-2");
    }

    @Test
    void allModeTrainsEveryPartOfTheEncoderThroughTheTokens() throws Exception {
        FineTuneData data = tinyData();
        BertWeights weights = OnnxBertImporter.importModel(BundledBge.model()).weights();
        TrainingConfig twoSteps = CONFIG.withSteps(2).withEvalEvery(2);
        FineTunedRouter tuned = EncoderRouterTrainer.train(weights, data, twoSteps,
                FineTuneConfig.defaults(FineTuneMode.ALL).withWarmupSteps(0), e -> {}, () -> false);
        assertThat(tuned.encoderWeights().changedFrom(weights))
                .anyMatch(n -> n.startsWith("embeddings."))
                .anyMatch(n -> n.startsWith("encoder.layer.0."))
                .anyMatch(n -> n.startsWith("encoder.layer.11."));
    }

    @Test
    void anOutOfMemoryStepBecomesAFailedEventSuggestingHalfTheBatchTwiceAccumulated() throws Exception {
        FineTuneData data = tinyData();
        BertWeights weights = OnnxBertImporter.importModel(BundledBge.model()).weights();
        for (RuntimeException oom : List.of(new EngineException("CUDA out of memory. Tried to allocate 2.00 GiB"))) {
            List<TrainingEvent> events = new ArrayList<>();
            IntConsumer failAtStepTwo = step -> {
                if (step == 2) {
                    throw oom;
                }
            };
            assertThatThrownBy(() -> EncoderRouterTrainer.train(weights, data, CONFIG, TOP_ONE, events::add, () -> false, null, false,
                    failAtStepTwo))
                    .isInstanceOf(FineTuneOutOfMemory.class)
                    .hasMessageContaining("at batch 4: retry with --batch-size 2 --accumulate 2");
            assertThat(events.getLast()).isInstanceOf(TrainingEvent.Failed.class);
            assertThat(((TrainingEvent.Failed) events.getLast()).message()).contains("retry with --batch-size 2");
        }
        assertThat(FineTuneOutOfMemory.message(64, 1, "GPU 0 (PyTorch 2.7.1)"))
                .isEqualTo("GPU out of memory at batch 64: retry with --batch-size 32 --accumulate 2 (the same effective batch of 64)");
        assertThat(EncoderRouterTrainer.isOutOfMemory(new OutOfMemoryError("Java heap space"))).isTrue();
        assertThat(EncoderRouterTrainer.isOutOfMemory(new EngineException("shape mismatch"))).isFalse();
    }

    @Test
    void gradientsThatStopBeingFiniteEndTheRunWithTheStepAndWhatToLower() throws Exception {
        FineTuneData data = tinyData();
        BertWeights weights = OnnxBertImporter.importModel(BundledBge.model()).weights();
        // an absurd rate with no warm-up or clipping: step 1 sends the weights to ±1e38, step 2's forward overflows
        FineTuneConfig absurd = TOP_ONE.withEncoderLr(1e38).withWarmupSteps(0).withClipNorm(0);
        List<TrainingEvent> events = new ArrayList<>();
        assertThatThrownBy(() -> EncoderRouterTrainer.train(weights, data, CONFIG, absurd, events::add, () -> false))
                .isInstanceOf(FineTuneDiverged.class)
                .hasMessageStartingWith("training diverged at step 2 ")
                .hasMessageEndingWith("lower --encoder-lr or --lr");
        assertThat(events.getLast()).isInstanceOf(TrainingEvent.Failed.class);
    }

    private static List<Double> losses(List<TrainingEvent> events) {
        return events.stream().filter(TrainingEvent.Step.class::isInstance).map(e -> ((TrainingEvent.Step) e).loss()).toList();
    }

    /** Six maths and six code queries; the maths model scores high on maths, the code model on code. */
    static FineTuneData tinyData() throws Exception {
        List<String> texts = new ArrayList<>(BgeTexts.MATHS);
        texts.addAll(BgeTexts.CODE);
        texts.addAll(List.of("What is 9 squared?", "Divide 144 by 12.", "Add 17 and 25.",
                "Write a SQL query counting rows.", "Refactor this loop into a stream.", "Parse JSON in Go."));
        int n = texts.size();
        float[][] frozen = new float[n][384];
        double[][] scores = new double[n][];
        int[] clusters = new int[n], datasets = new int[n];
        for (int i = 0; i < n; i++) {
            boolean maths = i < 3 || (i >= 6 && i < 9);
            frozen[i][i] = 1;
            scores[i] = maths ? new double[] {1, 0, 0.5} : new double[] {0, 1, 0.5};
            clusters[i] = maths ? 0 : 1;
            datasets[i] = maths ? 0 : 1;
        }
        TrainingData rows = new TrainingData(frozen, scores, clusters, datasets, List.of("maths", "code"),
                List.of(Metric.GRADED, Metric.GRADED), List.of("math-llm", "code-llm", "generalist"));
        try (TextTokenizer tokenizer = TextTokenizer.open(BundledBge.tokenizerJson(), 512)) {
            return new FineTuneData(rows, tokenizer.tokenize(texts), tokenizer.padId(), Pooling.CLS,
                    java.util.stream.IntStream.range(0, n).toArray(), null);
        }
    }
}
