package org.routerdc.workbench.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.routerdc.workbench.eval.RoutingAccuracy;

/** Per-dataset routing accuracy (percent) of the current model on the selection set, and their plain average. */
public final class SelectionEvaluator {
    public record Result(Map<String, Double> accuracyPerDataset, double average) {
    }

    private SelectionEvaluator() {
    }

    /** Datasets without rows in {@code selection} are left out of the map and the average. */
    public static Result evaluate(RouterModel model, TrainingData selection) {
        double[][] routerScores = model.scores(selection.embeddings());
        Map<String, Double> accuracy = new LinkedHashMap<>();
        double sum = 0;
        for (int dataset = 0; dataset < selection.datasetNames().size(); dataset++) {
            int count = 0;
            for (int index : selection.datasetIndex()) {
                count += index == dataset ? 1 : 0;
            }
            if (count == 0) {
                continue;
            }
            double[][] trueScores = new double[count][];
            int[] choices = new int[count];
            int k = 0;
            for (int row = 0; row < selection.size(); row++) {
                if (selection.datasetIndex()[row] == dataset) {
                    trueScores[k] = selection.scores()[row];
                    choices[k++] = RoutingAccuracy.argmax(routerScores[row]);
                }
            }
            double percent = RoutingAccuracy.percent(trueScores, choices, selection.datasetMetrics().get(dataset));
            accuracy.put(selection.datasetNames().get(dataset), percent);
            sum += percent;
        }
        return new Result(accuracy, accuracy.isEmpty() ? 0 : sum / accuracy.size());
    }
}
