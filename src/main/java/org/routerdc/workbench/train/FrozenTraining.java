package org.routerdc.workbench.train;

import java.util.List;

/** The {@link TrainingMode} over precomputed embeddings: only the head and the LLM vectors train. */
final class FrozenTraining implements TrainingMode {
    private final RouterModel model;
    private final AdamW optimiser;
    private final TrainingConfig config;
    private final TrainingData data;
    private final int[] clusters;
    private final TrainingData selection;

    FrozenTraining(RouterModel model, TrainingConfig config, TrainingData data, int[] clusters, TrainingData selection) {
        this.model = model;
        this.optimiser = new AdamW(config.learningRate(), config.weightDecay(), model.manager());
        this.config = config;
        this.data = data;
        this.clusters = clusters;
        this.selection = selection;
    }

    @Override
    public List<ParameterGroup> parameterGroups() {
        return List.of(new ParameterGroup(ParameterGroup.HEAD, model.parameters(), optimiser, model.manager()));
    }

    @Override
    public StepLosses step(int step, int[][] batches, SeededRandom random) {
        return TrainingStep.run(model, optimiser, config, data, clusters, batches[0], random);
    }

    @Override
    public SelectionEvaluator.Result evaluate() {
        return SelectionEvaluator.evaluate(model, selection);
    }
}
