package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.routerdc.workbench.train.AdamW;
import org.routerdc.workbench.train.BatchOrder;
import org.routerdc.workbench.train.RouterModel;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.SeededRandom;
import org.routerdc.workbench.train.SelectionEvaluator;
import org.routerdc.workbench.train.StepLosses;
import org.routerdc.workbench.train.TrainedRouter;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingListener;
import org.routerdc.workbench.train.TrainingMetrics;

/** The step loop of a fine-tuning run: schedule, events, selection evaluation and the in-memory best step. */
final class FineTuneLoop {
    private final TrainingConfig config;
    private final FineTuneConfig fineTune;
    private final FineTuneData data;
    private final TrainingData train;
    private final int[] trainIds;
    private final int[] clusters;
    private final RowEncoder rows;
    private final RouterModel router;
    private final FineTuneStep step;
    private final SeededRandom random;
    private final TrainingListener listener;
    private int bestStep;
    private double bestAverage = -1, lastAverage = -1;
    private Map<String, Double> bestAccuracy = Map.of();
    private RouterWeights bestRouter;
    private float[][] bestEncoder;
    private float[][] bestSelectionEmbeddings;
    private final Path checkpointDir;
    private final FineTuneCheckpoint resumeFrom;

    FineTuneLoop(TrainingConfig config, FineTuneConfig fineTune, FineTuneData data, TrainingData train, int[] trainIds,
                 int[] clusters, RowEncoder rows, RouterModel router, FineTuneStep step, SeededRandom random,
                 TrainingListener listener, Path checkpointDir, FineTuneCheckpoint resumeFrom) {
        this.config = config;
        this.fineTune = fineTune;
        this.data = data;
        this.train = train;
        this.trainIds = trainIds;
        this.clusters = clusters;
        this.rows = rows;
        this.router = router;
        this.step = step;
        this.random = random;
        this.listener = listener;
        this.checkpointDir = checkpointDir;
        this.resumeFrom = resumeFrom;
    }

    FineTunedRouter run(BooleanSupplier cancelled, String device, IntConsumer beforeStep, BertEncoderBlock encoder) {
        long start = System.currentTimeMillis();
        int steps = config.steps(), warmup = fineTune.warmupFor(steps);
        int done = resumeFrom == null ? 0 : resumeFrom.state().step();
        BatchOrder batches = resumeFrom == null ? new BatchOrder(train.size(), config.batchSize(), null, 0)
                : new BatchOrder(train.size(), config.batchSize(), resumeFrom.state().batchOrder(), resumeFrom.state().batchPosition());
        if (resumeFrom != null) {
            restoreBestSoFar(resumeFrom);
        }
        listener.onEvent(new TrainingEvent.Started(config, device, train.size(), train.datasetNames(), train.llms(), steps, done));
        listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, "fine-tuning " + fineTune.mode() + ": "
                + rows.trainable().size() + " encoder tensors train, encoder lr " + fineTune.encoderLr() + ", head lr "
                + config.learningRate() + ", warm-up " + warmup + " steps then linear decay, clip " + fineTune.clipNorm()
                + ", effective batch " + config.batchSize() * fineTune.accumulate()));
        TrainingEvent.Reason reason = TrainingEvent.Reason.COMPLETED;
        while (done < steps) {
            if (cancelled.getAsBoolean()) {
                reason = TrainingEvent.Reason.CANCELLED;
                break;
            }
            int[][] micro = new int[fineTune.accumulate()][];
            int[][] ids = new int[micro.length][];
            for (int m = 0; m < micro.length; m++) {
                micro[m] = batches.next(random);
                ids[m] = new int[micro[m].length];
                for (int i = 0; i < micro[m].length; i++) {
                    ids[m][i] = trainIds[micro[m][i]];
                }
            }
            StepLosses losses;
            try {
                beforeStep.accept(done + 1);
                losses = step.run(micro, ids, train, clusters, random, LearningRateSchedule.factor(done + 1, warmup, steps),
                        done + 1);
            } catch (RuntimeException | OutOfMemoryError e) {
                if (EncoderRouterTrainer.isOutOfMemory(e)) {
                    throw new FineTuneOutOfMemory(config.batchSize(), fineTune.accumulate(), device, e);
                }
                throw e;
            }
            done++;
            long elapsed = System.currentTimeMillis() - start;
            double perSecond = done / Math.max(elapsed / 1000.0, 1e-3);
            if (done % config.logEvery() == 0 || done == steps) {
                listener.onEvent(new TrainingEvent.Step(done, steps, losses.total(), losses.sampleLlm(),
                        losses.sampleSample(), perSecond, (steps - done) / perSecond, elapsed));
            }
            if (done % config.evalEvery() == 0 || done == steps) {
                evaluate(done);
                saveCheckpoint(done, batches);
            }
        }
        if (bestRouter == null) { // cancelled before the first evaluation: keep what there is
            evaluate(done);
        }
        restoreBest();
        listener.onEvent(new TrainingEvent.Finished(reason, bestStep, bestAverage, System.currentTimeMillis() - start));
        TrainedRouter result = new TrainedRouter(train.llms(), bestRouter, config.temperature(), config,
                new TrainingMetrics(bestStep, bestAverage, bestAccuracy, done, lastAverage));
        return new FineTunedRouter(result, encoder.weights(), allEmbeddings());
    }

    private void evaluate(int at) {
        int[] selection = data.selectionOrTrain();
        float[][] embeddings = embed(selection);
        TrainingData rowsSelected = data.rows().select(selection);
        TrainingData selected = new TrainingData(embeddings, rowsSelected.scores(), rowsSelected.clusterIds(),
                rowsSelected.datasetIndex(), rowsSelected.datasetNames(), rowsSelected.datasetMetrics(), rowsSelected.llms());
        SelectionEvaluator.Result result = SelectionEvaluator.evaluate(router, selected);
        lastAverage = result.average();
        boolean best = result.average() > bestAverage;
        if (best) {
            bestAverage = result.average();
            bestStep = at;
            bestAccuracy = result.accuracyPerDataset();
            bestRouter = router.weights();
            List<Parameter> trainable = rows.trainable();
            bestEncoder = new float[trainable.size()][];
            for (int i = 0; i < bestEncoder.length; i++) {
                bestEncoder[i] = trainable.get(i).getArray().toFloatArray();
            }
            bestSelectionEmbeddings = embeddings;
        }
        listener.onEvent(new TrainingEvent.Evaluation(at, result.accuracyPerDataset(), result.average(), best));
    }

    private void saveCheckpoint(int done, BatchOrder batches) {
        if (checkpointDir == null) {
            return;
        }
        List<Parameter> trainable = rows.trainable();
        List<String> names = trainable.stream().map(Parameter::getName).toList();
        Map<String, float[]> tensors = new java.util.LinkedHashMap<>();
        for (int i = 0; i < trainable.size(); i++) {
            tensors.put(FineTuneCheckpoint.ENCODER + names.get(i), trainable.get(i).getArray().toFloatArray());
            tensors.put(FineTuneCheckpoint.BEST_ENCODER + names.get(i), bestEncoder[i]);
        }
        AdamW encoderOptimiser = step.encoderOptimiser(), headOptimiser = step.headOptimiser();
        encoderOptimiser.firstMoments().forEach((n, a) -> tensors.put(FineTuneCheckpoint.ENCODER_M + n, a.toFloatArray()));
        encoderOptimiser.secondMoments().forEach((n, a) -> tensors.put(FineTuneCheckpoint.ENCODER_V + n, a.toFloatArray()));
        tensors.putAll(router.weights().toTensors(FineTuneCheckpoint.HEAD));
        headOptimiser.firstMoments().forEach((n, a) -> tensors.put(FineTuneCheckpoint.HEAD_M + n, a.toFloatArray()));
        headOptimiser.secondMoments().forEach((n, a) -> tensors.put(FineTuneCheckpoint.HEAD_V + n, a.toFloatArray()));
        tensors.putAll(bestRouter.toTensors(FineTuneCheckpoint.BEST_HEAD));
        FineTuneCheckpoint.State state = new FineTuneCheckpoint.State(config, fineTune, train.llms(),
                router.weights().dimension(), done, encoderOptimiser.stepCount(), headOptimiser.stepCount(), random.state(),
                train.size(), batches.order(), batches.position(), names, bestStep, bestAverage, bestAccuracy, lastAverage);
        Path last = checkpointDir.resolve(FineTuneCheckpoint.LAST);
        try {
            new FineTuneCheckpoint(state, tensors).write(last);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not write the checkpoint " + last, e);
        }
        listener.onEvent(new TrainingEvent.Checkpoint(done, last.toString()));
    }

    private void restoreBestSoFar(FineTuneCheckpoint from) {
        FineTuneCheckpoint.State state = from.state();
        bestStep = state.bestStep();
        bestAverage = state.bestAverage();
        bestAccuracy = state.bestAccuracy();
        lastAverage = state.lastAverage();
        Map<String, float[]> best = from.group(FineTuneCheckpoint.BEST_ENCODER);
        bestEncoder = rows.trainable().stream().map(p -> best.get(p.getName())).toArray(float[][]::new);
        try {
            for (int i = 0; i < bestEncoder.length; i++) {
                if (bestEncoder[i] == null || bestEncoder[i].length != rows.trainable().get(i).getArray().size()) {
                    throw new java.io.IOException("fine-tuning checkpoint: best-step tensor '"
                            + rows.trainable().get(i).getName() + "' missing or of another size");
                }
            }
            bestRouter = from.head(FineTuneCheckpoint.BEST_HEAD);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        bestSelectionEmbeddings = null; // recomputed under the best encoder at the end
    }

    private void restoreBest() {
        List<Parameter> trainable = rows.trainable();
        for (int i = 0; i < bestEncoder.length; i++) {
            trainable.get(i).getArray().set(bestEncoder[i]);
        }
    }

    /** Every row's embedding under the best encoder (reusing the best evaluation's where it covered the row). */
    private float[][] allEmbeddings() {
        if (bestSelectionEmbeddings == null) {
            return embed(java.util.stream.IntStream.range(0, data.rows().size()).toArray());
        }
        float[][] out = new float[data.rows().size()][];
        int[] selection = data.selectionOrTrain();
        for (int i = 0; i < selection.length; i++) {
            out[selection[i]] = bestSelectionEmbeddings[i];
        }
        int[] missing = java.util.stream.IntStream.range(0, out.length).filter(r -> out[r] == null).toArray();
        float[][] rest = embed(missing);
        for (int i = 0; i < missing.length; i++) {
            out[missing[i]] = rest[i];
        }
        return out;
    }

    /** Eval-mode embeddings (no dropout, no gradient history), in chunks of similar length (little padding). */
    float[][] embed(int[] ids) {
        Integer[] order = java.util.stream.IntStream.range(0, ids.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> data.tokens().get(ids[i]).length()));
        float[][] out = new float[ids.length][];
        for (int from = 0, to; from < ids.length; from = to) {
            to = TokenBudget.chunkEnd(from, ids.length, i -> data.tokens().get(ids[order[i]]).length());
            int[] positions = new int[to - from];
            int[] chunk = new int[positions.length];
            for (int i = 0; i < chunk.length; i++) {
                positions[i] = order[from + i];
                chunk[i] = ids[positions[i]];
            }
            try (NDScope ignored = new NDScope(); NDManager scope = router.manager().newSubManager()) {
                NDArray e = rows.embed(chunk, scope, false);
                float[] flat = e.toFloatArray();
                int d = (int) e.getShape().get(1);
                for (int i = 0; i < chunk.length; i++) {
                    out[positions[i]] = java.util.Arrays.copyOfRange(flat, i * d, (i + 1) * d);
                }
            }
        }
        return out;
    }
}
