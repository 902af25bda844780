package org.routerdc.workbench.finetune;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.routerdc.workbench.train.AdamW;
import org.routerdc.workbench.train.DeviceChoice;
import org.routerdc.workbench.train.KMeans;
import org.routerdc.workbench.train.RouterModel;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.SeededRandom;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingListener;

/**
 * The full RouterDC method: the encoder's top N layers (or all of it) train together with the residual head and
 * the LLM vectors, with the same two losses and events as {@code RouterTrainer}. The best step by selection average
 * is kept in memory and, with a checkpoint folder, in {@code last/} after every evaluation, from which a stopped run
 * resumes. Deterministic on a CPU for a given seed, resumed or not.
 */
public final class EncoderRouterTrainer {
    private static final long SHUFFLE_SALT = 0x5DEECE66DL;

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
            FineTuneCheckpoint from = resume ? readCheckpoint(checkpointDir, fineTune) : null;
            return run(weights, data, from == null ? config : from.state().config(),
                    from == null ? fineTune : from.state().fineTune(), listener, cancelled, beforeStep, checkpointDir, from);
        } catch (RuntimeException e) {
            listener.onEvent(new TrainingEvent.Failed(String.valueOf(e.getMessage())));
            throw e;
        }
    }

    private static FineTuneCheckpoint readCheckpoint(Path checkpointDir, FineTuneConfig requested) {
        if (checkpointDir == null) {
            throw new IllegalArgumentException("resume: no checkpoint folder given");
        }
        FineTuneCheckpoint checkpoint;
        try {
            checkpoint = FineTuneCheckpoint.read(checkpointDir.resolve(FineTuneCheckpoint.LAST));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("resume: " + e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!checkpoint.state().fineTune().mode().equals(requested.mode())) {
            throw new IllegalArgumentException("resume: the checkpoint is of a --finetune " + checkpoint.state().fineTune().mode()
                    + " run, not " + requested.mode());
        }
        return checkpoint;
    }

    private static FineTunedRouter run(BertWeights weights, FineTuneData data, TrainingConfig config, FineTuneConfig fineTune,
                                       TrainingListener listener, BooleanSupplier cancelled, IntConsumer beforeStep,
                                       Path checkpointDir, FineTuneCheckpoint from) {
        FineTuneMode mode = fineTune.mode();
        if (mode.frozen()) {
            throw new IllegalArgumentException("frozen mode trains over precomputed embeddings (RouterTrainer)");
        }
        mode.checkFits(weights.config().numLayers());
        DeviceChoice device = DeviceChoice.resolve(config.device());
        if (device.message() != null) {
            listener.onEvent(new TrainingEvent.Log(device.warning() ? TrainingEvent.Level.WARNING : TrainingEvent.Level.INFO,
                    device.message()));
        }
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
        int[] clusters = clusters(train, config, listener);
        int d = weights.config().hiddenSize();
        if (from != null && (from.state().rows() != train.size() || !from.state().llms().equals(train.llms()))) {
            throw new IllegalArgumentException("resume: the training data differs from the checkpoint's ("
                    + train.size() + " rows vs " + from.state().rows() + ")");
        }
        RouterWeights head = from == null
                ? RouterWeights.initial(d, config.hiddenFor(d), train.llms().size(), config.llmVectorStd(), config.seed())
                : savedHead(from);
        try (NDManager manager = NDManager.newBaseManager(device.device(), "PyTorch");
             RouterModel router = new RouterModel(device.device(), head, config.temperature())) {
            BertEncoderBlock encoder = BertEncoderBlock.load(weights, manager);
            RowEncoder rows = rowEncoder(encoder, mode, data, manager, listener, cancelled);
            AdamW encoderOptimiser = new AdamW(fineTune.encoderLr(), config.weightDecay(), manager);
            AdamW headOptimiser = new AdamW(config.learningRate(), config.weightDecay(), router.manager());
            if (from != null) {
                from.restore(rows.trainable(), encoderOptimiser, router.parameters(), headOptimiser, manager, router.manager());
            }
            FineTuneStep step = new FineTuneStep(rows, r -> data.tokens().get(r).length(), router, encoderOptimiser,
                    headOptimiser, config, fineTune);
            SeededRandom random = new SeededRandom(from == null ? config.seed() ^ SHUFFLE_SALT : from.state().rngState());
            FineTuneLoop loop = new FineTuneLoop(config, fineTune, data, train, trainIds, clusters, rows, router, step,
                    random, listener, checkpointDir, from);
            return loop.run(cancelled, device.description(), beforeStep, encoder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RouterWeights savedHead(FineTuneCheckpoint from) {
        try {
            return from.head(FineTuneCheckpoint.HEAD);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    private static int[] clusters(TrainingData data, TrainingConfig config, TrainingListener listener) {
        if (data.hasAllClusterIds()) {
            listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, "Using the data's cluster ids"));
            return data.clusterIds().clone();
        }
        KMeans.Result result = KMeans.cluster(data.embeddings(), config.clusters(), config.seed());
        listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, "k-means on the frozen embeddings: "
                + result.centroids().length + " clusters over " + data.size() + " rows"));
        return result.assignment();
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
