package org.routerdc.workbench.finetune;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDManager;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.routerdc.workbench.train.AdamW;
import org.routerdc.workbench.train.DeviceChoice;
import org.routerdc.workbench.train.KMeans;
import org.routerdc.workbench.train.RouterModel;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingListener;

/**
 * The full RouterDC method: the encoder's top N layers (or all of it) train together with the residual head and
 * the LLM vectors, with the same two losses and events as {@code RouterTrainer}. The best step by selection average
 * is kept in memory (no resumable checkpoints in this mode). Deterministic on a CPU for a given seed.
 */
public final class EncoderRouterTrainer {
    private static final long SHUFFLE_SALT = 0x5DEECE66DL;

    private EncoderRouterTrainer() {}

    public static FineTunedRouter train(BertWeights weights, FineTuneData data, TrainingConfig config, FineTuneConfig fineTune,
                                        TrainingListener listener, BooleanSupplier cancelled) {
        return train(weights, data, config, fineTune, listener, cancelled, step -> {});
    }

    /** @param beforeStep test hook, called with the step number before each optimiser step */
    static FineTunedRouter train(BertWeights weights, FineTuneData data, TrainingConfig config, FineTuneConfig fineTune,
                                 TrainingListener listener, BooleanSupplier cancelled, IntConsumer beforeStep) {
        try {
            return run(weights, data, config, fineTune, listener, cancelled, beforeStep);
        } catch (RuntimeException e) {
            listener.onEvent(new TrainingEvent.Failed(String.valueOf(e.getMessage())));
            throw e;
        }
    }

    private static FineTunedRouter run(BertWeights weights, FineTuneData data, TrainingConfig config, FineTuneConfig fineTune,
                                       TrainingListener listener, BooleanSupplier cancelled, IntConsumer beforeStep) {
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
        RouterWeights initial = RouterWeights.initial(d, config.hiddenFor(d), train.llms().size(), config.llmVectorStd(),
                config.seed());
        try (NDManager manager = NDManager.newBaseManager(device.device(), "PyTorch");
             RouterModel router = new RouterModel(device.device(), initial, config.temperature())) {
            BertEncoderBlock encoder = BertEncoderBlock.load(weights, manager);
            RowEncoder rows = rowEncoder(encoder, mode, data, manager, listener, cancelled);
            FineTuneStep step = new FineTuneStep(rows, r -> data.tokens().get(r).length(), router, new AdamW(fineTune.encoderLr(), config.weightDecay(), manager),
                    new AdamW(config.learningRate(), config.weightDecay(), router.manager()), config, fineTune);
            FineTuneLoop loop = new FineTuneLoop(config, fineTune, data, train, trainIds, clusters, rows, router, step,
                    new org.routerdc.workbench.train.SeededRandom(config.seed() ^ SHUFFLE_SALT), listener);
            return loop.run(cancelled, device.description(), beforeStep, encoder);
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
