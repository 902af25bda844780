package org.routerdc.workbench.finetune;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.routerdc.workbench.train.AdamW;
import org.routerdc.workbench.train.GraphConstant;
import org.routerdc.workbench.train.RouterModel;
import org.routerdc.workbench.train.RouterLoss;
import org.routerdc.workbench.train.SeededRandom;
import org.routerdc.workbench.train.StepLosses;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;

/**
 * One optimiser step of encoder + head + LLM vectors: forward/backward per micro-batch (PyTorch sums the gradients;
 * the encoder's part runs in length groups, see {@link GroupedEncoderPass}),
 * the global gradient norm clipped, then AdamW with the scheduled encoder and head rates, and gradients zeroed.
 */
final class FineTuneStep {
    private final GroupedEncoderPass encoderPass;
    private final RouterModel router;
    private final AdamW encoderOptimiser;
    private final AdamW headOptimiser;
    private final TrainingConfig config;
    private final FineTuneConfig fineTune;
    private final List<Parameter> encoderParameters;

    FineTuneStep(RowEncoder encoder, IntUnaryOperator tokensOfRow, RouterModel router, AdamW encoderOptimiser,
                 AdamW headOptimiser, TrainingConfig config, FineTuneConfig fineTune) {
        this.encoderPass = new GroupedEncoderPass(encoder, tokensOfRow);
        this.router = router;
        this.encoderOptimiser = encoderOptimiser;
        this.headOptimiser = headOptimiser;
        this.config = config;
        this.fineTune = fineTune;
        this.encoderParameters = encoder.trainable();
    }

    /**
     * @param microBatches per micro-batch: indices into {@code train} (scores, clusters) and the matching row ids
     *                     the encoder knows
     * @param rateFactor   the schedule's factor on both peak learning rates
     * @param stepNumber   1-based, for the message if the gradients are not finite
     */
    StepLosses run(int[][] microBatches, int[][] encoderRows, TrainingData train, int[] clusters, SeededRandom random,
                   double rateFactor, int stepNumber) {
        double total = 0, llm = 0, sample = 0;
        for (int m = 0; m < microBatches.length; m++) {
            int seed = (int) (config.seed() * 1_000_003L + stepNumber * 64L + m); // dropout seeds, the same on a rerun
            StepLosses l = forwardBackward(microBatches[m], encoderRows[m], train, clusters, random, microBatches.length, seed);
            total += l.total() / microBatches.length;
            llm += l.sampleLlm() / microBatches.length;
            sample += l.sampleSample() / microBatches.length;
        }
        try (NDManager scratch = router.scope()) {
            double norm = GradientNorm.clip(all(), fineTune.clipNorm(), scratch);
            if (!Double.isFinite(norm)) {
                throw new FineTuneDiverged(stepNumber, norm);
            }
            encoderOptimiser.nextStep();
            headOptimiser.nextStep();
            update(encoderParameters, encoderOptimiser, fineTune.encoderLr() * rateFactor, scratch);
            update(router.parameters(), headOptimiser, config.learningRate() * rateFactor, scratch);
        }
        return new StepLosses(total, llm, sample);
    }

    private StepLosses forwardBackward(int[] batch, int[] rows, TrainingData train, int[] clusters, SeededRandom random,
                                       int microBatches, int seed) {
        RouterLoss loss = RouterLoss.forBatch(train, clusters, batch, config, random);
        // NDScope frees every intermediate of the step; parameters, gradients and optimiser state predate it
        try (NDScope ignored = new NDScope(); NDManager scope = router.scope()) {
            GroupedEncoderPass.Embedded embedded = encoderPass.embed(rows, scope, seed);
            StepLosses losses;
            try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                RouterLoss.Terms terms = loss.of(router.forward(embedded.embeddings(), true));
                NDArray total = terms.total();
                collector.backward(microBatches == 1 ? total : total.div(GraphConstant.like(total, microBatches)));
                losses = terms.values();
            }
            encoderPass.backward(embedded, scope);
            return losses;
        }
    }

    private List<Parameter> all() {
        List<Parameter> all = new java.util.ArrayList<>(encoderParameters);
        all.addAll(router.parameters());
        return all;
    }

    private static void update(List<Parameter> parameters, AdamW optimiser, double rate, NDManager scratch) {
        for (Parameter p : parameters) {
            NDArray gradient = p.getArray().getGradient();
            gradient.attach(scratch);
            optimiser.update(p.getName(), p.getArray(), gradient, scratch, rate);
            gradient.subi(gradient); // PyTorch sums gradients across backward calls; clear them for the next step
        }
    }
}
