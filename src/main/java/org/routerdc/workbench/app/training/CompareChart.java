package org.routerdc.workbench.app.training;

import org.routerdc.workbench.app.export.CsvText;
import org.routerdc.workbench.app.export.ExportMenu;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/** Several runs on one chart: each run's smoothed total loss, or its average selection accuracy. */
final class CompareChart extends LineChart<Number, Number> {
    private boolean accuracy;
    private boolean log;

    CompareChart() {
        super(new NumberAxis(), new NumberAxis());
        setId("compare-chart");
        setAnimated(false);
        setCreateSymbols(false);
        getXAxis().setLabel("step");
        ((NumberAxis) getXAxis()).setForceZeroInRange(false);
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
        getProperties().put(ExportMenu.CSV, (java.util.function.Supplier<String>) this::csv);
    }

    /** run, step, value, with the values themselves on a log-scale chart (which plots their log10). */
    String csv() {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("run", "step", accuracy ? "average accuracy %" : "smoothed total loss"));
        for (XYChart.Series<Number, Number> one : getData()) {
            for (XYChart.Data<Number, Number> point : one.getData()) {
                double y = point.getYValue().doubleValue();
                rows.add(List.of(one.getName(), point.getXValue(), log && !accuracy ? Math.pow(10, y) : y));
            }
        }
        return CsvText.rows(rows);
    }

    void show(List<RunEntry> runs, boolean accuracy, double smoothing, boolean log) {
        this.accuracy = accuracy;
        this.log = log;
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
