package org.routerdc.workbench.finetune;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.routerdc.workbench.train.Checkpoint;
import org.routerdc.workbench.train.DeviceChoice;
import org.routerdc.workbench.train.RouterModel;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.TrainedRouter;
import org.routerdc.workbench.train.TrainingLoop;
import org.routerdc.workbench.train.TrainingMetrics;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingListener;

/**
 * The full RouterDC method: the encoder's top N layers (or all of it) train together with the residual head and
 * the LLM vectors, with the same two losses, events, checkpoints and loop ({@link TrainingLoop}) as
 * {@code RouterTrainer}; this sets up the {@link FineTuneTraining} mode. With a checkpoint folder, {@code last/} is
 * written after every evaluation and on cancel, {@code best/} at each new best step, and a stopped run resumes from
 * {@code last/}. Deterministic on a CPU for a given seed, resumed or not.
 */
public final class EncoderRouterTrainer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EncoderRouterTrainer() {}

    public static FineTunedRouter train(BertWeights weights, FineTuneData data, TrainingConfig config, FineTuneConfig fineTune,
                                        TrainingListener listener, BooleanSupplier cancelled) {
        return train(weights, data, config, fineTune, listener, cancelled, null, false, step -> {});
    }

    /**
     * @param checkpointDir where {@code last/} is written after every evaluation (null: none)
     * @param resume        continue from {@code checkpointDir/last} with its settings (the data must be the same)
     */
    public static FineTunedRouter train(BertWeights weights, FineTuneData data, TrainingConfig config, FineTuneConfig fineTune,
                                        TrainingListener listener, BooleanSupplier cancelled, Path checkpointDir,
                                        boolean resume) {
        return train(weights, data, config, fineTune, listener, cancelled, checkpointDir, resume, step -> {});
    }

    /** @param beforeStep test hook, called with the step number before each optimiser step */
    static FineTunedRouter train(BertWeights weights, FineTuneData data, TrainingConfig config, FineTuneConfig fineTune,
                                 TrainingListener listener, BooleanSupplier cancelled, Path checkpointDir, boolean resume,
                                 IntConsumer beforeStep) {
        try {
            Checkpoint from = resume ? readCheckpoint(checkpointDir, fineTune) : null;
            return run(weights, data, from == null ? config : from.run().config(),
                    from == null ? fineTune : settingsOf(from), listener, cancelled, beforeStep, checkpointDir, from);
        } catch (IOException e) {
            listener.onEvent(new TrainingEvent.Failed(String.valueOf(e.getMessage())));
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            listener.onEvent(new TrainingEvent.Failed(String.valueOf(e.getMessage())));
            throw e;
        }
    }

    private static Checkpoint readCheckpoint(Path checkpointDir, FineTuneConfig requested) throws IOException {
        if (checkpointDir == null) {
            throw new IllegalArgumentException("resume: no checkpoint folder given");
        }
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.read(checkpointDir.resolve(Checkpoint.LAST));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("resume: " + e.getMessage());
        }
        if (!checkpoint.run().mode().equals(requested.mode().toString())) {
            throw new IllegalArgumentException("resume: the checkpoint is of a --finetune " + checkpoint.run().mode()
                    + " run, not " + requested.mode());
        }
        return checkpoint;
    }

    private static FineTuneConfig settingsOf(Checkpoint checkpoint) throws IOException {
        return JSON.treeToValue(checkpoint.run().modeSettings(), FineTuneConfig.class);
    }

    private static FineTunedRouter run(BertWeights weights, FineTuneData data, TrainingConfig config, FineTuneConfig fineTune,
                                       TrainingListener listener, BooleanSupplier cancelled, IntConsumer beforeStep,
                                       Path checkpointDir, Checkpoint from) throws IOException {
        FineTuneMode mode = fineTune.mode();
        if (mode.frozen()) {
            throw new IllegalArgumentException("frozen mode trains over precomputed embeddings (RouterTrainer)");
        }
        mode.checkFits(weights.config().numLayers());
        DeviceChoice device = DeviceChoice.announce(config.device(), listener);
        if (mode.all() && !device.device().isGpu()) {
            listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.WARNING, "--finetune all on a CPU runs the whole "
                    + "encoder forward and backward every step: expect hours; top-N caches the lower layers"));
        }
        Engine.getEngine("PyTorch").setRandomSeed((int) config.seed()); // dropout masks
        TrainingData trainView = data.rows().select(data.trainRows());
        int[] capped = trainView.capRows(config.samplesPerDataset());
        TrainingData train = trainView.select(capped);
        int[] trainIds = new int[capped.length];
        for (int k = 0; k < capped.length; k++) {
            trainIds[k] = data.trainRows()[capped[k]];
        }
        int d = weights.config().hiddenSize();
        if (from != null && (from.run().rows() != train.size() || !from.run().llms().equals(train.llms()))) {
            throw new IllegalArgumentException("resume: the training data differs from the checkpoint's ("
                    + train.size() + " rows vs " + from.run().rows() + ")");
        }
        int[] clusters = from == null ? TrainingLoop.clusters(train, config, listener) : from.run().clusters();
        RouterWeights head = RouterWeights.initial(d, config.hiddenFor(d), train.llms().size(), config.llmVectorStd(),
                config.seed());
        try (NDManager manager = NDManager.newBaseManager(device.device(), "PyTorch");
             RouterModel router = new RouterModel(device.device(), head, config.temperature())) {
            BertEncoderBlock encoder = BertEncoderBlock.load(weights, manager);
            RowEncoder rows = rowEncoder(encoder, mode, data, manager, listener, cancelled);
            FineTuneTraining training = new FineTuneTraining(config, fineTune, data, train, trainIds, clusters, rows,
                    router, manager, device.description(), beforeStep);
            Checkpoint.Run run = new Checkpoint.Run(config, mode.toString(), JSON.valueToTree(fineTune), train.llms(), d,
                    train.size(), clusters);
            TrainingMetrics metrics = new TrainingLoop(training, run, train, checkpointDir, listener)
                    .run(cancelled, device.description(), from);
            TrainedRouter result = new TrainedRouter(train.llms(), router.weights(), config.temperature(), config, metrics);
            return new FineTunedRouter(result, encoder.weights(), training.allEmbeddings());
        }
    }

    private static RowEncoder rowEncoder(BertEncoderBlock encoder, FineTuneMode mode, FineTuneData data, NDManager manager,
                                         TrainingListener listener, BooleanSupplier cancelled) {
        if (mode.all()) {
            return new WholeEncoder(encoder, data, manager);
        }
        BertEncoderSplit split = encoder.splitAt(encoder.config().numLayers() - mode.trainableLayers());
        int[] everyRow = java.util.stream.IntStream.range(0, data.rows().size()).toArray();
        PrefixCache cache = PrefixCache.build(split.frozenPrefix(), data, everyRow, manager, listener, cancelled);
        return new CachedSuffixEncoder(split.trainableSuffix(), cache, data.pooling(), manager);
    }

    /** True for the engine's and the JVM's ways of saying a step did not fit in memory. */
    static boolean isOutOfMemory(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return true;
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return e instanceof EngineException && (message.contains("out of memory") || message.contains("outofmemory"));
    }
}
