package org.routerdc.workbench.train;

import java.util.List;

/**
 * What differs between training over frozen embeddings and fine-tuning the encoder: the step, the evaluation and
 * which parameters train. {@link TrainingLoop} does the rest (batches, random state, events, best step,
 * checkpoints, resume, cancel) the same way for both.
 */
public interface TrainingMode {
    /** The parameters that train, each group under its own optimiser; checkpoints save and restore these. */
    List<ParameterGroup> parameterGroups();

    /** Batches drawn per optimiser step (micro-batches whose gradients add up). */
    default int batchesPerStep() {
        return 1;
    }

    /** A line for the log after the run starts, or null. */
    default String description() {
        return null;
    }

    /**
     * One optimiser step.
     *
     * @param step    1-based number of this step
     * @param batches {@link #batchesPerStep()} batches of training-row indices
     * @param random  the run's random state (negative sampling draws from it)
     */
    StepLosses step(int step, int[][] batches, SeededRandom random);

    /** Accuracy of the current parameters on the selection set. */
    SelectionEvaluator.Result evaluate();

    /** Called right after an {@link #evaluate()} that gave the best average so far. */
    default void evaluatedBest() {
    }
}
