package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The mutable state of one training session (fresh or resumed) and its loop. */
final class TrainingRun {
    private final TrainingConfig config;
    private final TrainingData data;
    private final TrainingData selection;
    private final int[] clusters;
    private final RouterModel model;
    private final AdamW optimiser;
    private final SeededRandom random;
    private final BatchOrder batches;
    private final Path checkpointDir;
    private final TrainingListener listener;
    private int step;
    private int bestStep;
    private double bestAverage;
    private Map<String, Double> bestAccuracy;
    private double lastAverage;
    private RouterWeights bestWeights;

    TrainingRun(TrainingConfig config, TrainingData data, TrainingData selection, int[] clusters, RouterModel model,
                AdamW optimiser, SeededRandom random, BatchOrder batches, Path checkpointDir, TrainingListener listener,
                Checkpoint.Header resumed) {
        this.config = config;
        this.data = data;
        this.selection = selection;
        this.clusters = clusters;
        this.model = model;
        this.optimiser = optimiser;
        this.random = random;
        this.batches = batches;
        this.checkpointDir = checkpointDir;
        this.listener = listener;
        this.step = resumed == null ? 0 : resumed.step();
        this.bestStep = resumed == null ? 0 : resumed.bestStep();
        this.bestAverage = resumed == null ? -1 : resumed.bestAverage();
        this.bestAccuracy = resumed == null ? Map.of() : resumed.bestAccuracy();
        this.lastAverage = resumed == null ? -1 : resumed.lastAverage();
    }

    TrainedRouter run(BooleanSupplier cancelled, String deviceDescription) throws IOException {
        long start = System.currentTimeMillis();
        int firstStep = step;
        listener.onEvent(new TrainingEvent.Started(config, deviceDescription, data.size(), data.datasetNames(),
                data.llms(), config.steps(), firstStep));
        if (bestWeights == null && bestStep > 0) {
            bestWeights = Checkpoint.read(checkpointDir.resolve(Checkpoint.BEST)).weights();
        }
        TrainingEvent.Reason reason = TrainingEvent.Reason.COMPLETED;
        while (step < config.steps()) {
            if (cancelled.getAsBoolean()) {
                reason = TrainingEvent.Reason.CANCELLED;
                if (bestStep == 0 && step > 0) {
                    evaluateAndSave(); // stopped before the first evaluation: the steps done still give a best router
                } else {
                    saveCheckpoint(Checkpoint.LAST);
                }
                break;
            }
            int[] batch = batches.next(random);
            StepLosses losses = TrainingStep.run(model, optimiser, config, data, clusters, batch, random);
            step++;
            long elapsed = System.currentTimeMillis() - start;
            if (step % config.logEvery() == 0 || step == config.steps()) {
                double perSecond = (step - firstStep) / Math.max(elapsed / 1000.0, 1e-3);
                listener.onEvent(new TrainingEvent.Step(step, config.steps(), losses.total(), losses.sampleLlm(),
                        losses.sampleSample(), perSecond, (config.steps() - step) / perSecond, elapsed));
            }
            if (step % config.evalEvery() == 0 || step == config.steps()) {
                evaluateAndSave();
            }
        }
        long elapsed = System.currentTimeMillis() - start;
        listener.onEvent(new TrainingEvent.Finished(reason, bestStep, bestAverage, elapsed));
        RouterWeights weights = bestWeights != null ? bestWeights : model.weights();
        return new TrainedRouter(data.llms(), weights, config.temperature(), config,
                new TrainingMetrics(bestStep, bestAverage, bestAccuracy, step, lastAverage));
    }

    private void evaluateAndSave() throws IOException {
        SelectionEvaluator.Result result = SelectionEvaluator.evaluate(model, selection);
        lastAverage = result.average();
        boolean best = result.average() > bestAverage;
        if (best) {
            bestAverage = result.average();
            bestStep = step;
            bestAccuracy = result.accuracyPerDataset();
        }
        listener.onEvent(new TrainingEvent.Evaluation(step, result.accuracyPerDataset(), result.average(), best));
        if (best) {
            bestWeights = saveCheckpoint(Checkpoint.BEST).weights();
        }
        saveCheckpoint(Checkpoint.LAST);
    }

    private Checkpoint saveCheckpoint(String name) throws IOException {
        Checkpoint checkpoint = snapshot();
        Path dir = checkpointDir.resolve(name);
        checkpoint.write(dir);
        listener.onEvent(new TrainingEvent.Checkpoint(step, dir.toString()));
        return checkpoint;
    }

    private Checkpoint snapshot() {
        Map<String, float[]> m = new LinkedHashMap<>();
        Map<String, float[]> v = new LinkedHashMap<>();
        for (Parameter p : model.parameters()) {
            NDArray first = optimiser.firstMoments().get(p.getName());
            if (first != null) {
                m.put(p.getName(), first.toFloatArray());
                v.put(p.getName(), optimiser.secondMoments().get(p.getName()).toFloatArray());
            }
        }
        Checkpoint.Header header = new Checkpoint.Header(config, data.llms(), config.temperature(), step,
                optimiser.stepCount(), random.state(), data.size(), data.dimension(), batches.order(),
                batches.position(), clusters, bestStep, bestAverage, bestAccuracy, lastAverage);
        return new Checkpoint(header, model.weights(), m, v);
    }
}
