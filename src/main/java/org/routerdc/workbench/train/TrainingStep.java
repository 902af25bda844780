package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
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
        for (int i = 0; i < batch.length; i++) {
            embeddings[i] = data.embeddings()[batch[i]];
        }
        RouterLoss loss = RouterLoss.forBatch(data, clusters, batch, config, random);
        try (NDManager scope = model.scope()) {
            StepLosses losses;
            try (GradientCollector collector = RouterEngine.get().newGradientCollector()) {
                RouterLoss.Terms terms = loss.of(model.forward(scope, embeddings, true));
                collector.backward(terms.total());
                losses = terms.values();
            }
            optimiser.nextStep();
            for (Parameter p : model.parameters()) {
                NDArray gradient = p.getArray().getGradient();
                gradient.attach(scope);
                optimiser.update(p.getName(), p.getArray(), gradient, scope);
                gradient.subi(gradient); // PyTorch accumulates gradients; clear them for the next step
            }
            return losses;
        }
    }
}
