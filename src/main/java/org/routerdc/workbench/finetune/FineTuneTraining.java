package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.routerdc.workbench.train.AdamW;
import org.routerdc.workbench.train.ParameterGroup;
import org.routerdc.workbench.train.RouterModel;
import org.routerdc.workbench.train.SeededRandom;
import org.routerdc.workbench.train.SelectionEvaluator;
import org.routerdc.workbench.train.StepLosses;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingMode;

/**
 * The fine-tuning {@link TrainingMode}: the encoder's trainable part, the head and the LLM vectors train under two
 * AdamWs with a warm-up/decay schedule; evaluation embeds the selection rows with the current encoder.
 */
final class FineTuneTraining implements TrainingMode {
    private final TrainingConfig config;
    private final FineTuneConfig fineTune;
    private final FineTuneData data;
    private final TrainingData train;
    private final int[] trainIds;
    private final int[] clusters;
    private final RowEncoder rows;
    private final RouterModel router;
    private final FineTuneStep step;
    private final List<ParameterGroup> groups;
    private final String device;
    private final IntConsumer beforeStep;
    private float[][] lastSelectionEmbeddings;
    private float[][] bestSelectionEmbeddings;

    /**
     * @param train      the training rows after the per-dataset cap (scores, clusters)
     * @param trainIds   for each of them, its row id in {@code data} (what the encoder knows)
     * @param beforeStep test hook, called with the step number before each optimiser step
     */
    FineTuneTraining(TrainingConfig config, FineTuneConfig fineTune, FineTuneData data, TrainingData train, int[] trainIds,
                     int[] clusters, RowEncoder rows, RouterModel router, NDManager encoderManager, String device,
                     IntConsumer beforeStep) {
        this.config = config;
        this.fineTune = fineTune;
        this.data = data;
        this.train = train;
        this.trainIds = trainIds;
        this.clusters = clusters;
        this.rows = rows;
        this.router = router;
        this.device = device;
        this.beforeStep = beforeStep;
        AdamW encoderOptimiser = new AdamW(fineTune.encoderLr(), config.weightDecay(), encoderManager);
        AdamW headOptimiser = new AdamW(config.learningRate(), config.weightDecay(), router.manager());
        this.groups = List.of(new ParameterGroup(ParameterGroup.ENCODER, rows.trainable(), encoderOptimiser, encoderManager),
                new ParameterGroup(ParameterGroup.HEAD, router.parameters(), headOptimiser, router.manager()));
        this.step = new FineTuneStep(rows, r -> data.tokens().get(r).length(), router, encoderOptimiser, headOptimiser,
                config, fineTune);
    }

    @Override
    public List<ParameterGroup> parameterGroups() {
        return groups;
    }

    @Override
    public int batchesPerStep() {
        return fineTune.accumulate();
    }

    @Override
    public String description() {
        return "fine-tuning " + fineTune.mode() + ": " + rows.trainable().size() + " encoder tensors train, encoder lr "
                + fineTune.encoderLr() + ", head lr " + config.learningRate() + ", warm-up "
                + fineTune.warmupFor(config.steps()) + " steps then linear decay, clip " + fineTune.clipNorm()
                + ", effective batch " + config.batchSize() * fineTune.accumulate();
    }

    @Override
    public StepLosses step(int number, int[][] batches, SeededRandom random) {
        int[][] ids = new int[batches.length][];
        for (int m = 0; m < batches.length; m++) {
            ids[m] = Arrays.stream(batches[m]).map(i -> trainIds[i]).toArray();
        }
        try {
            beforeStep.accept(number);
            double rate = LearningRateSchedule.factor(number, fineTune.warmupFor(config.steps()), config.steps());
            return step.run(batches, ids, train, clusters, random, rate, number);
        } catch (RuntimeException | OutOfMemoryError e) {
            if (EncoderRouterTrainer.isOutOfMemory(e)) {
                throw new FineTuneOutOfMemory(config.batchSize(), fineTune.accumulate(), device, e);
            }
            throw e;
        }
    }

    @Override
    public SelectionEvaluator.Result evaluate() {
        int[] selection = data.selectionOrTrain();
        lastSelectionEmbeddings = embed(selection);
        TrainingData rowsSelected = data.rows().select(selection);
        TrainingData selected = new TrainingData(lastSelectionEmbeddings, rowsSelected.scores(), rowsSelected.clusterIds(),
                rowsSelected.datasetIndex(), rowsSelected.datasetNames(), rowsSelected.datasetMetrics(), rowsSelected.llms());
        return SelectionEvaluator.evaluate(router, selected);
    }

    @Override
    public void evaluatedBest() {
        bestSelectionEmbeddings = lastSelectionEmbeddings;
    }

    /**
     * Every row's embedding under the encoder as it is now (after the loop: the best step's), reusing the best
     * evaluation's where it covered the row.
     */
    float[][] allEmbeddings() {
        float[][] out = new float[data.rows().size()][];
        if (bestSelectionEmbeddings != null) {
            int[] selection = data.selectionOrTrain();
            for (int i = 0; i < selection.length; i++) {
                out[selection[i]] = bestSelectionEmbeddings[i];
            }
        }
        int[] missing = IntStream.range(0, out.length).filter(r -> out[r] == null).toArray();
        float[][] rest = embed(missing);
        for (int i = 0; i < missing.length; i++) {
            out[missing[i]] = rest[i];
        }
        return out;
    }

    /** Eval-mode embeddings (no dropout, no gradient history), in chunks of similar length (little padding). */
    private float[][] embed(int[] ids) {
        Integer[] order = IntStream.range(0, ids.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> data.tokens().get(ids[i]).length()));
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
                    out[positions[i]] = Arrays.copyOfRange(flat, i * d, (i + 1) * d);
                }
            }
        }
        return out;
    }
}
