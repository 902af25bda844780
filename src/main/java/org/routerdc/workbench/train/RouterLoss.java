package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * The RouterDC objective on one batch, for every training mode: the sample-LLM loss plus λ times the
 * sample-sample loss over cluster negatives (λ = {@code clusterLossWeight}; none when 0).
 */
public final class RouterLoss {
    private final double[][] scores;
    private final int[][] picks;
    private final TrainingConfig config;

    private RouterLoss(double[][] scores, int[][] picks, TrainingConfig config) {
        this.scores = scores;
        this.picks = picks;
        this.config = config;
    }

    /**
     * The batch's LLM scores, with its cluster negatives drawn from {@code random} now (before any forward pass,
     * so the random state advances the same way in every mode).
     *
     * @param batch indices into {@code data} and {@code clusters}
     */
    public static RouterLoss forBatch(TrainingData data, int[] clusters, int[] batch, TrainingConfig config,
                                      SeededRandom random) {
        double[][] scores = new double[batch.length][];
        int[] batchClusters = new int[batch.length];
        for (int i = 0; i < batch.length; i++) {
            scores[i] = data.scores()[batch[i]];
            batchClusters[i] = clusters[batch[i]];
        }
        int[][] picks = config.clusterLossWeight() > 0
                ? SampleSampleLoss.sample(batchClusters, config.negatives(), random) : null;
        return new RouterLoss(scores, picks, config);
    }

    /** The loss terms of a router's output {@code (scores [B,T], h [B,d])}, in its graph. */
    public Terms of(NDList routerOutput) {
        NDArray llmLoss = SampleLlmLoss.loss(routerOutput.get(0), scores, config.topK(), config.lastK());
        if (picks == null) {
            return new Terms(llmLoss, llmLoss, null);
        }
        NDArray sampleLoss = SampleSampleLoss.loss(routerOutput.get(1), picks);
        NDArray total = llmLoss.add(sampleLoss.mul(GraphConstant.like(sampleLoss, config.clusterLossWeight())));
        return new Terms(total, llmLoss, sampleLoss);
    }

    /** @param sampleSample null when the sample-sample loss is off */
    public record Terms(NDArray total, NDArray sampleLlm, NDArray sampleSample) {
        public StepLosses values() {
            return new StepLosses(total.getFloat(), sampleLlm.getFloat(), sampleSample == null ? 0 : sampleSample.getFloat());
        }
    }
}
