package org.routerdc.workbench.app.training;

import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.routerdc.workbench.app.export.CsvText;
import org.routerdc.workbench.app.export.ExportMenu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Total loss and both loss terms by step: smoothed lines over their raw curves drawn faint. */
final class LossChart extends VBox {
    private static final List<String> NAMES = List.of("total", "sample-LLM", "sample-sample");

    private final NumberAxis steps = new NumberAxis();
    private final NumberAxis loss = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(steps, loss);
    private final List<XYChart.Series<Number, Number>> raw = List.of(new XYChart.Series<>(), new XYChart.Series<>(), new XYChart.Series<>());
    private RunCurves shown = new RunCurves();
    private final List<XYChart.Series<Number, Number>> smooth = List.of(new XYChart.Series<>(), new XYChart.Series<>(), new XYChart.Series<>());

    LossChart() {
        chart.setId("loss-chart");
        chart.setTitle("Loss");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        steps.setLabel("step");
        steps.setForceZeroInRange(false);
        loss.setForceZeroInRange(false);
        loss.setLabel("loss");
        chart.getData().addAll(raw);
        chart.getData().addAll(smooth);
        for (int i = 0; i < NAMES.size(); i++) {
            raw.get(i).setName(NAMES.get(i) + " (raw)");
            smooth.get(i).setName(NAMES.get(i));
            ChartData.styleLine(raw.get(i), ChartData.colour(i), 1, 0.25);
            ChartData.styleLine(smooth.get(i), ChartData.colour(i), 2, 1);
        }
        HBox legend = new HBox(14);
        legend.setAlignment(Pos.CENTER);
        for (int i = 0; i < NAMES.size(); i++) {
            Rectangle swatch = new Rectangle(14, 3, javafx.scene.paint.Color.web(ChartData.colour(i)));
            legend.getChildren().add(new Label(NAMES.get(i), swatch));
        }
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(chart, legend);
        chart.getProperties().put(ExportMenu.PNG_NODE, this);
        chart.getProperties().put(ExportMenu.CSV, (Supplier<String>) this::csv);
    }

    /** Every step of the shown run, unsmoothed: step, total, sample-LLM, sample-sample. */
    String csv() {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("step", "total", "sample-LLM", "sample-sample"));
        double[] x = shown.steps();
        double[][] values = {shown.total(), shown.sampleLlm(), shown.sampleSample()};
        for (int i = 0; i < x.length; i++) {
            rows.add(List.of((long) x[i], values[0][i], values[1][i], values[2][i]));
        }
        return CsvText.rows(rows);
    }

    void show(RunCurves curves, double smoothing, boolean log) {
        shown = curves;
        ChartData.formatAxis(loss, log);
        loss.setLabel(log ? "loss (log scale)" : "loss");
        double[] x = curves.steps();
        double[][] values = {curves.total(), curves.sampleLlm(), curves.sampleSample()};
        int[] picked = CurveMath.minMaxIndices(values[0], ChartData.BUCKETS);
        for (int i = 0; i < values.length; i++) {
            raw.get(i).getData().setAll(ChartData.points(x, values[i], picked, log));
            smooth.get(i).getData().setAll(ChartData.points(x, CurveMath.smooth(values[i], smoothing), picked, log));
        }
    }

    void title(String text) {
        chart.setTitle(text);
    }

    /** Points drawn in the total-loss series (tests). */
    int totalPoints() {
        return smooth.getFirst().getData().size();
    }
}
