package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
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
    private static final int EMBED_CHUNK = 32;
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

    FineTuneLoop(TrainingConfig config, FineTuneConfig fineTune, FineTuneData data, TrainingData train, int[] trainIds,
                 int[] clusters, RowEncoder rows, RouterModel router, FineTuneStep step, SeededRandom random,
                 TrainingListener listener) {
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
    }

    FineTunedRouter run(BooleanSupplier cancelled, String device, IntConsumer beforeStep, BertEncoderBlock encoder) {
        long start = System.currentTimeMillis();
        int steps = config.steps(), warmup = fineTune.warmupFor(steps);
        listener.onEvent(new TrainingEvent.Started(config, device, train.size(), train.datasetNames(), train.llms(), steps, 0));
        listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, "fine-tuning " + fineTune.mode() + ": "
                + rows.trainable().size() + " encoder tensors train, encoder lr " + fineTune.encoderLr() + ", head lr "
                + config.learningRate() + ", warm-up " + warmup + " steps then linear decay, clip " + fineTune.clipNorm()
                + ", effective batch " + config.batchSize() * fineTune.accumulate()));
        BatchOrder batches = new BatchOrder(train.size(), config.batchSize(), null, 0);
        TrainingEvent.Reason reason = TrainingEvent.Reason.COMPLETED;
        int done = 0;
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

    private void restoreBest() {
        List<Parameter> trainable = rows.trainable();
        for (int i = 0; i < bestEncoder.length; i++) {
            trainable.get(i).getArray().set(bestEncoder[i]);
        }
    }

    /** Every row's embedding under the best encoder (reusing the best evaluation's where it covered the row). */
    private float[][] allEmbeddings() {
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
        for (int from = 0; from < ids.length; from += EMBED_CHUNK) {
            int[] positions = new int[Math.min(ids.length, from + EMBED_CHUNK) - from];
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
