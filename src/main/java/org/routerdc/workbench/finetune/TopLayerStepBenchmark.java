package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of fine-tuning the top layers of the bundled bge-small on CPU: one AdamW step on a cached prefix, and the
 * prefix pass itself. Run: {@code java -cp <classpath> org.openjdk.jmh.Main TopLayerStepBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true", "--enable-native-access=ALL-UNNAMED"})
public class TopLayerStepBenchmark {
    @Param("2") int trainableLayers;
    @Param("16") int batchSize;
    @Param("64") int tokens;

    private NDManager manager;
    private TopLayerFineTuner tuner;
    private TokenBatch batch;
    private TopLayerFineTuner.CachedPrefix cached;

    @Setup
    public void load() throws IOException {
        manager = NDManager.newBaseManager();
        try (InputStream in = TopLayerStepBenchmark.class.getResourceAsStream("/bge-small-en-v1.5.onnx")) {
            BertEncoderBlock encoder = BertEncoderBlock.load(OnnxBertImporter.importModel(OnnxModelFile.read(in)).weights(), manager);
            tuner = new TopLayerFineTuner(encoder, trainableLayers,
                    Optimizer.adamW().optLearningRateTracker(Tracker.fixed(1e-5f)).build());
        }
        batch = randomBatch(batchSize, tokens, new Random(7));
        cached = tuner.cache(batch, manager);
    }

    @Benchmark
    public float step() {
        return tuner.step(cached, TopLayerStepBenchmark::meanPairwiseSimilarity);
    }

    @Benchmark
    public float cachePrefix() {
        try (NDManager run = manager.newSubManager()) {
            return tuner.cache(batch, run).hiddenAndMask().head().getFloat(0, 0, 0);
        }
    }

    @TearDown
    public void close() {
        manager.close();
    }

    private static NDArray meanPairwiseSimilarity(NDArray cls) {
        return cls.matMul(cls.transpose()).mean();
    }

    /** [CLS] random word pieces [SEP], no padding: the shape, not the text, sets the cost. */
    static TokenBatch randomBatch(int size, int length, Random random) {
        long[][] ids = new long[size][length], mask = new long[size][length], types = new long[size][length];
        for (int i = 0; i < size; i++) {
            for (int t = 0; t < length; t++) {
                ids[i][t] = t == 0 ? 101 : t == length - 1 ? 102 : 1999 + random.nextInt(27000);
            }
            Arrays.fill(mask[i], 1);
        }
        return new TokenBatch(ids, mask, types);
    }
}
