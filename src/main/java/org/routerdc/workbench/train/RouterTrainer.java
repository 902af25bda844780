package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Trains a RouterDC router (residual head + LLM vectors over precomputed embeddings) with the paper's two
 * contrastive losses, evaluating on a selection set, checkpointing to {@code checkpointDir/last} and
 * {@code checkpointDir/best}, and reporting {@link TrainingEvent}s. Returns the best router by selection average.
 */
public final class RouterTrainer {
    private static final long SHUFFLE_SALT = 0x5DEECE66DL;

    private RouterTrainer() {
    }

    /**
     * @param selectionOrNull rows to pick the best checkpoint on; null = the training data itself (as the paper)
     * @param cancelled       polled before every step; when true the run saves {@code last} and stops
     */
    public static TrainedRouter train(TrainingData train, TrainingData selectionOrNull, TrainingConfig config,
                                      Path checkpointDir, TrainingListener listener, BooleanSupplier cancelled)
            throws IOException {
        try {
            checkLlms(train, selectionOrNull);
            TrainingData data = train.capPerDataset(config.samplesPerDataset());
            int[] clusters = clustersOf(data, config, listener);
            DeviceChoice device = announceDevice(config, listener);
            RouterWeights initial = RouterWeights.initial(data.dimension(), config.hiddenFor(data.dimension()),
                    data.llms().size(), config.llmVectorStd(), config.seed());
            try (RouterModel model = new RouterModel(device.device(), initial, config.temperature())) {
                AdamW optimiser = new AdamW(config.learningRate(), config.weightDecay(), model.manager());
                TrainingRun run = new TrainingRun(config, data, selectionOrNull == null ? train : selectionOrNull,
                        clusters, model, optimiser, new SeededRandom(config.seed() ^ SHUFFLE_SALT),
                        new BatchOrder(data.size(), config.batchSize(), null, 0), checkpointDir, listener, null);
                return run.run(cancelled, device.description());
            }
        } catch (IOException | RuntimeException e) {
            listener.onEvent(new TrainingEvent.Failed(String.valueOf(e.getMessage())));
            throw e;
        }
    }

    /**
     * Continues from {@code checkpointDir/last} with the same training data (and selection set) as the original run;
     * the remaining steps are the ones an uninterrupted run would have taken.
     */
    public static TrainedRouter resume(Path checkpointDir, TrainingData train, TrainingData selectionOrNull,
                                       TrainingListener listener, BooleanSupplier cancelled) throws IOException {
        try {
            Checkpoint checkpoint = Checkpoint.read(checkpointDir.resolve(Checkpoint.LAST));
            Checkpoint.Header header = checkpoint.header();
            TrainingConfig config = header.config();
            checkLlms(train, selectionOrNull);
            TrainingData data = train.capPerDataset(config.samplesPerDataset());
            if (data.size() != header.rows() || data.dimension() != header.dimension() || !data.llms().equals(header.llms())) {
                throw new IllegalArgumentException("resume: the training data differs from the checkpoint's ("
                        + header.rows() + " rows, d=" + header.dimension() + ", LLMs " + header.llms() + ")");
            }
            listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, "Resuming from step " + header.step()));
            DeviceChoice device = announceDevice(config, listener);
            try (RouterModel model = new RouterModel(device.device(), checkpoint.weights(), header.tau())) {
                AdamW optimiser = new AdamW(config.learningRate(), config.weightDecay(), model.manager());
                optimiser.restore(header.adamStep(), toArrays(model, checkpoint.firstMoments()),
                        toArrays(model, checkpoint.secondMoments()));
                TrainingRun run = new TrainingRun(config, data, selectionOrNull == null ? train : selectionOrNull,
                        header.clusters(), model, optimiser, new SeededRandom(header.rngState()),
                        new BatchOrder(data.size(), config.batchSize(), header.batchOrder(), header.batchPosition()),
                        checkpointDir, listener, header);
                return run.run(cancelled, device.description());
            }
        } catch (IOException | RuntimeException e) {
            listener.onEvent(new TrainingEvent.Failed(String.valueOf(e.getMessage())));
            throw e;
        }
    }

    private static Map<String, NDArray> toArrays(RouterModel model, Map<String, float[]> saved) {
        NDManager manager = model.manager();
        Map<String, NDArray> arrays = new HashMap<>();
        for (Parameter p : model.parameters()) {
            float[] values = saved.get(p.getName());
            if (values != null) {
                arrays.put(p.getName(), manager.create(values, p.getArray().getShape()));
            }
        }
        return arrays;
    }

    private static void checkLlms(TrainingData train, TrainingData selection) {
        if (selection != null && !selection.llms().equals(train.llms())) {
            throw new IllegalArgumentException("selection set LLMs " + selection.llms() + " differ from training LLMs " + train.llms());
        }
        if (selection != null && selection.dimension() != train.dimension()) {
            throw new IllegalArgumentException("selection embeddings have d=" + selection.dimension() + ", training d=" + train.dimension());
        }
    }

    private static int[] clustersOf(TrainingData data, TrainingConfig config, TrainingListener listener) {
        if (data.hasAllClusterIds()) {
            listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, "Using the data's cluster ids"));
            return data.clusterIds().clone();
        }
        long start = System.currentTimeMillis();
        KMeans.Result result = KMeans.cluster(data.embeddings(), config.clusters(), config.seed());
        listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, "k-means: " + result.centroids().length
                + " clusters over " + data.size() + " rows in " + result.iterations() + " rounds, "
                + (System.currentTimeMillis() - start) + " ms"));
        return result.assignment();
    }

    private static DeviceChoice announceDevice(TrainingConfig config, TrainingListener listener) {
        DeviceChoice device = DeviceChoice.resolve(config.device());
        if (device.message() != null) {
            listener.onEvent(new TrainingEvent.Log(device.warning() ? TrainingEvent.Level.WARNING : TrainingEvent.Level.INFO,
                    device.message()));
        }
        return device;
    }
}
