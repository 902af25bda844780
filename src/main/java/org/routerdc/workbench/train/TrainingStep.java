package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;

/** One forward/backward/AdamW step of the router on one batch. */
final class TrainingStep {
    private TrainingStep() {
    }

    static StepLosses run(RouterModel model, AdamW optimiser, TrainingConfig config, TrainingData data, int[] clusters,
                          int[] batch, SeededRandom random) {
        float[][] embeddings = new float[batch.length][];
        double[][] scores = new double[batch.length][];
        int[] batchClusters = new int[batch.length];
        for (int i = 0; i < batch.length; i++) {
            embeddings[i] = data.embeddings()[batch[i]];
            scores[i] = data.scores()[batch[i]];
            batchClusters[i] = clusters[batch[i]];
        }
        boolean useClusters = config.clusterLossWeight() > 0;
        int[][] picks = useClusters ? SampleSampleLoss.sample(batchClusters, config.negatives(), random) : new int[0][];
        try (NDManager scope = model.scope()) {
            double llmValue;
            double sampleValue;
            double totalValue;
            try (GradientCollector collector = RouterEngine.get().newGradientCollector()) {
                NDList out = model.forward(scope, embeddings, true);
                NDArray llmLoss = SampleLlmLoss.loss(out.get(0), scores, config.topK(), config.lastK());
                NDArray total = llmLoss;
                NDArray sampleLoss = null;
                if (useClusters) {
                    sampleLoss = SampleSampleLoss.loss(out.get(1), picks);
                    total = llmLoss.add(sampleLoss.mul(GraphConstant.like(sampleLoss, config.clusterLossWeight())));
                }
                collector.backward(total);
                llmValue = llmLoss.getFloat();
                sampleValue = sampleLoss == null ? 0 : sampleLoss.getFloat();
                totalValue = total.getFloat();
            }
            optimiser.nextStep();
            for (Parameter p : model.parameters()) {
                NDArray gradient = p.getArray().getGradient();
                gradient.attach(scope);
                optimiser.update(p.getName(), p.getArray(), gradient, scope);
                gradient.subi(gradient); // PyTorch accumulates gradients; clear them for the next step
            }
            return new StepLosses(totalValue, llmValue, sampleValue);
        }
    }
}
