package org.routerdc.workbench.app.training;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/**
 * Selection accuracy per dataset and on average at each evaluation; for a cross-validated run also each fold's
 * held-out average, the curves that choose the final run's steps.
 */
final class AccuracyChart extends LineChart<Number, Number> {
    AccuracyChart() {
        super(new NumberAxis(), new NumberAxis());
        setId("accuracy-chart");
        setTitle("Selection accuracy (%)");
        setAnimated(false);
        getXAxis().setLabel("step");
        getYAxis().setLabel("accuracy %");
        ((NumberAxis) getXAxis()).setForceZeroInRange(false);
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
    }

    void show(RunCurves curves) {
        List<RunCurves.Evaluation> evaluations = curves.evaluations();
        List<String> datasets = curves.datasets();
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (String dataset : datasets) {
            XYChart.Series<Number, Number> one = new XYChart.Series<>();
            one.setName(dataset);
            for (RunCurves.Evaluation e : evaluations) {
                Double value = e.accuracy().get(dataset);
                if (value != null) {
                    one.getData().add(new XYChart.Data<>(e.step(), value));
                }
            }
            series.add(one);
        }
        XYChart.Series<Number, Number> average = new XYChart.Series<>();
        average.setName("average");
        evaluations.forEach(e -> average.getData().add(new XYChart.Data<>(e.step(), e.average())));
        series.add(average);
        java.util.Map<Integer, XYChart.Series<Number, Number>> folds = new java.util.TreeMap<>();
        for (RunCurves.FoldEvaluation f : curves.foldEvaluations()) {
            folds.computeIfAbsent(f.fold(), fold -> {
                XYChart.Series<Number, Number> one = new XYChart.Series<>();
                one.setName("fold " + fold + " (held out)");
                return one;
            }).getData().add(new XYChart.Data<>(f.step(), f.average()));
        }
        series.addAll(folds.values());
        getData().setAll(series);
    }

    /** Evaluations drawn in the average series (tests). */
    int averagePoints() {
        return getData().stream().filter(s -> "average".equals(s.getName())).findFirst().map(s -> s.getData().size()).orElse(0);
    }

    /** Names of the series drawn (tests). */
    List<String> seriesNames() {
        return getData().stream().map(XYChart.Series::getName).toList();
    }
}
