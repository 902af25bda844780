package org.routerdc.workbench.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Trains a RouterDC router (residual head + LLM vectors over precomputed embeddings) with the paper's two
 * contrastive losses, evaluating on a selection set, checkpointing to {@code checkpointDir/last} and
 * {@code checkpointDir/best}, and reporting {@link TrainingEvent}s. Returns the best router by selection average.
 * The loop is {@link TrainingLoop}'s; this sets up the {@link FrozenTraining} mode.
 */
public final class RouterTrainer {
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
            int[] clusters = TrainingLoop.clusters(data, config, listener);
            return run(config, data, clusters, selectionOrNull == null ? train : selectionOrNull, checkpointDir,
                    listener, cancelled, null);
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
            Checkpoint.Run saved = checkpoint.run();
            if (!Checkpoint.FROZEN.equals(saved.mode())) {
                throw new IllegalArgumentException("resume: the checkpoint is of a --finetune " + saved.mode()
                        + " run, not " + Checkpoint.FROZEN);
            }
            checkLlms(train, selectionOrNull);
            TrainingData data = train.capPerDataset(saved.config().samplesPerDataset());
            if (data.size() != saved.rows() || data.dimension() != saved.dimension() || !data.llms().equals(saved.llms())) {
                throw new IllegalArgumentException("resume: the training data differs from the checkpoint's ("
                        + saved.rows() + " rows, d=" + saved.dimension() + ", LLMs " + saved.llms() + ")");
            }
            listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, "Resuming from step "
                    + checkpoint.progress().step()));
            return run(saved.config(), data, saved.clusters(), selectionOrNull == null ? train : selectionOrNull,
                    checkpointDir, listener, cancelled, checkpoint);
        } catch (IOException | RuntimeException e) {
            listener.onEvent(new TrainingEvent.Failed(String.valueOf(e.getMessage())));
            throw e;
        }
    }

    private static TrainedRouter run(TrainingConfig config, TrainingData data, int[] clusters, TrainingData selection,
                                     Path checkpointDir, TrainingListener listener, BooleanSupplier cancelled,
                                     Checkpoint from) throws IOException {
        DeviceChoice device = DeviceChoice.announce(config.device(), listener);
        RouterWeights initial = RouterWeights.initial(data.dimension(), config.hiddenFor(data.dimension()),
                data.llms().size(), config.llmVectorStd(), config.seed());
        try (RouterModel model = new RouterModel(device.device(), initial, config.temperature())) {
            Checkpoint.Run run = new Checkpoint.Run(config, Checkpoint.FROZEN, null, data.llms(), data.dimension(),
                    data.size(), clusters);
            TrainingLoop loop = new TrainingLoop(new FrozenTraining(model, config, data, clusters, selection), run, data,
                    checkpointDir, listener);
            TrainingMetrics metrics = loop.run(cancelled, device.description(), from);
            return new TrainedRouter(data.llms(), model.weights(), config.temperature(), config, metrics);
        }
    }

    private static void checkLlms(TrainingData train, TrainingData selection) {
        if (selection != null && !selection.llms().equals(train.llms())) {
            throw new IllegalArgumentException("selection set LLMs " + selection.llms() + " differ from training LLMs " + train.llms());
        }
        if (selection != null && selection.dimension() != train.dimension()) {
            throw new IllegalArgumentException("selection embeddings have d=" + selection.dimension() + ", training d=" + train.dimension());
        }
    }
}
