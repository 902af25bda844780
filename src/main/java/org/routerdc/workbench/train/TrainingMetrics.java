package org.routerdc.workbench.train;

import java.util.Map;

/**
 * How a run ended on the selection set (accuracies in percent).
 *
 * @param bestStep            step of the best average (0 = the initial weights were never beaten or not evaluated)
 * @param bestAverage         average over datasets at bestStep
 * @param bestAccuracy        per-dataset accuracy at bestStep
 * @param finalStep           last step trained
 * @param finalAverage        average at the last evaluation
 */
public record TrainingMetrics(int bestStep, double bestAverage, Map<String, Double> bestAccuracy, int finalStep,
                              double finalAverage) {
    public TrainingMetrics {
        bestAccuracy = Map.copyOf(bestAccuracy);
    }
}
