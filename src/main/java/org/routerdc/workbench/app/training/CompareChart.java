package org.routerdc.workbench.app.training;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/** Several runs on one chart: each run's smoothed total loss, or its average selection accuracy. */
final class CompareChart extends LineChart<Number, Number> {
    CompareChart() {
        super(new NumberAxis(), new NumberAxis());
        setId("compare-chart");
        setAnimated(false);
        setCreateSymbols(false);
        getXAxis().setLabel("step");
        ((NumberAxis) getXAxis()).setForceZeroInRange(false);
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
    }

    void show(List<RunEntry> runs, boolean accuracy, double smoothing, boolean log) {
        setTitle(runs.isEmpty() ? "Compare runs: select runs in the list"
                : accuracy ? "Compare runs: average selection accuracy (%)" : "Compare runs: smoothed total loss");
        ChartData.formatAxis((NumberAxis) getYAxis(), log && !accuracy);
        setCreateSymbols(accuracy);
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (RunEntry run : runs) {
            XYChart.Series<Number, Number> one = new XYChart.Series<>();
            one.setName(run.name());
            RunCurves curves = run.curves();
            if (accuracy) {
                curves.evaluations().forEach(e -> one.getData().add(new XYChart.Data<>(e.step(), e.average())));
            } else {
                double[] total = curves.total();
                int[] picked = CurveMath.minMaxIndices(total, ChartData.BUCKETS);
                one.getData().setAll(ChartData.points(curves.steps(), CurveMath.smooth(total, smoothing), picked, log));
            }
            series.add(one);
        }
        getData().setAll(series);
    }
}
