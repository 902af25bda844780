package org.routerdc.workbench.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The one training loop, for every {@link TrainingMode}: step count, batch order and random state, events and
 * timing, evaluation every {@code evalEvery} steps and after the last, the best step (kept in memory and in
 * {@code best/}), the checkpoint {@code last/} after every evaluation, resume from it, and cancel: polled before
 * every step, a cancelled run saves {@code last/} and finishes with the best step so far. When the loop ends the
 * model holds the best step's parameters (or the last ones when nothing was evaluated).
 */
public final class TrainingLoop {
    private static final long SHUFFLE_SALT = 0x5DEECE66DL;

    private final TrainingMode mode;
    private final Checkpoint.Run run;
    private final TrainingData train;
    private final Path checkpointDir;
    private final TrainingListener listener;
    private SeededRandom random;
    private BatchOrder batches;
    private int step;
    private int bestStep;
    private double bestAverage = -1;
    private double lastAverage = -1;
    private Map<String, Double> bestAccuracy = Map.of();
    private Map<String, float[]> bestValues;

    /**
     * @param run           what the run is, as its checkpoints record it
     * @param train         the training rows the batches index (after the per-dataset cap)
     * @param checkpointDir where {@code last/} and {@code best/} go; null: nowhere (the best step stays in memory)
     */
    public TrainingLoop(TrainingMode mode, Checkpoint.Run run, TrainingData train, Path checkpointDir,
                        TrainingListener listener) {
        this.mode = mode;
        this.run = run;
        this.train = train;
        this.checkpointDir = checkpointDir;
        this.listener = listener;
    }

    /**
     * Trains to {@code config.steps()}.
     *
     * @param from a {@code last/} checkpoint of this run to continue from, or null to start afresh
     * @return how the run ended on the selection set
     */
    public TrainingMetrics run(BooleanSupplier cancelled, String deviceDescription, Checkpoint from) throws IOException {
        TrainingConfig config = run.config();
        start(from);
        long startMillis = System.currentTimeMillis();
        int firstStep = step;
        listener.onEvent(new TrainingEvent.Started(config, deviceDescription, train.size(), train.datasetNames(),
                train.llms(), config.steps(), firstStep));
        if (mode.description() != null) {
            listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, mode.description()));
        }
        TrainingEvent.Reason reason = TrainingEvent.Reason.COMPLETED;
        while (step < config.steps()) {
            if (cancelled.getAsBoolean()) {
                reason = TrainingEvent.Reason.CANCELLED;
                if (bestStep == 0 && step > 0) {
                    evaluateAndSave(); // stopped before the first evaluation: the steps done still give a best router
                } else {
                    save(Checkpoint.LAST, true);
                }
                break;
            }
            int[][] drawn = new int[mode.batchesPerStep()][];
            for (int b = 0; b < drawn.length; b++) {
                drawn[b] = batches.next(random);
            }
            StepLosses losses = mode.step(step + 1, drawn, random);
            step++;
            long elapsed = System.currentTimeMillis() - startMillis;
            if (step % config.logEvery() == 0 || step == config.steps()) {
                double perSecond = (step - firstStep) / Math.max(elapsed / 1000.0, 1e-3);
                listener.onEvent(new TrainingEvent.Step(step, config.steps(), losses.total(), losses.sampleLlm(),
                        losses.sampleSample(), perSecond, (config.steps() - step) / perSecond, elapsed));
            }
            if (step % config.evalEvery() == 0 || step == config.steps()) {
                evaluateAndSave();
            }
        }
        listener.onEvent(new TrainingEvent.Finished(reason, bestStep, bestAverage, System.currentTimeMillis() - startMillis));
        if (bestValues != null) {
            for (ParameterGroup group : mode.parameterGroups()) {
                group.restoreValues(bestValues);
            }
        }
        return new TrainingMetrics(bestStep, bestAverage, bestAccuracy, step, lastAverage);
    }

    /** The cluster of each training row: the data's own ids when every row has one, else k-means. */
    public static int[] clusters(TrainingData data, TrainingConfig config, TrainingListener listener) {
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

    private void start(Checkpoint from) throws IOException {
        TrainingConfig config = run.config();
        if (from == null) {
            random = new SeededRandom(config.seed() ^ SHUFFLE_SALT);
            batches = new BatchOrder(train.size(), config.batchSize(), null, 0);
            return;
        }
        Checkpoint.Progress progress = from.progress();
        for (ParameterGroup group : mode.parameterGroups()) {
            group.restoreValues(from.tensors());
            group.restoreOptimiser(from.tensors(), progress.optimiserSteps().getOrDefault(group.name(), 0L));
        }
        random = new SeededRandom(progress.rngState());
        batches = new BatchOrder(train.size(), config.batchSize(), progress.batchOrder(), progress.batchPosition());
        step = progress.step();
        bestStep = progress.bestStep();
        bestAverage = progress.bestAverage();
        bestAccuracy = progress.bestAccuracy();
        lastAverage = progress.lastAverage();
        if (bestStep > 0 && checkpointDir != null) {
            bestValues = Checkpoint.read(checkpointDir.resolve(Checkpoint.BEST)).tensors();
        }
    }

    private void evaluateAndSave() throws IOException {
        SelectionEvaluator.Result result = mode.evaluate();
        lastAverage = result.average();
        boolean best = result.average() > bestAverage;
        if (best) {
            bestAverage = result.average();
            bestStep = step;
            bestAccuracy = result.accuracyPerDataset();
            mode.evaluatedBest();
        }
        listener.onEvent(new TrainingEvent.Evaluation(step, result.accuracyPerDataset(), result.average(), best));
        if (best) {
            bestValues = save(Checkpoint.BEST, false);
        }
        save(Checkpoint.LAST, true);
    }

    /** The current values (and with {@code resumable}, the optimiser state), written to {@code name/} if there is a folder. */
    private Map<String, float[]> save(String name, boolean resumable) throws IOException {
        Map<String, float[]> tensors = new LinkedHashMap<>();
        Map<String, Long> optimiserSteps = new LinkedHashMap<>();
        for (ParameterGroup group : mode.parameterGroups()) {
            group.saveValues(tensors);
            optimiserSteps.put(group.name(), group.optimiser().stepCount());
        }
        if (checkpointDir == null) {
            return tensors;
        }
        if (resumable) {
            mode.parameterGroups().forEach(group -> group.saveOptimiser(tensors));
        }
        Checkpoint.Progress progress = new Checkpoint.Progress(step, optimiserSteps, random.state(), batches.order(),
                batches.position(), bestStep, bestAverage, bestAccuracy, lastAverage);
        Path dir = checkpointDir.resolve(name);
        new Checkpoint(run, progress, tensors).write(dir);
        listener.onEvent(new TrainingEvent.Checkpoint(step, dir.toString()));
        return tensors;
    }
}
