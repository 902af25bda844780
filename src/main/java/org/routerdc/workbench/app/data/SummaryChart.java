package org.routerdc.workbench.app.data;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.routerdc.workbench.data.LlmStatistics;
import org.routerdc.workbench.data.TableStatistics;

import java.util.Locale;

/** Per-dataset bar chart: each LLM's accuracy, then the oracle, the best single LLM and a random router. */
final class SummaryChart extends VBox {
    static final String ORACLE = "Oracle";
    static final String BEST_SINGLE = "Best single";
    static final String RANDOM = "Random";

    private final BarChart<String, Number> chart;
    private final Label caption = new Label();

    SummaryChart() {
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelRotation(-40);
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel("accuracy %");
        chart = new BarChart<>(x, y);
        chart.setId("summary-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setMinWidth(260);
        chart.setPrefHeight(520);
        caption.setId("summary-caption");
        caption.setWrapText(true);
        caption.getStyleClass().add("summary-caption");
        getChildren().addAll(chart, caption);
        setSpacing(6);
        getStyleClass().add("summary-panel");
        show(null, null);
    }

    void show(String dataset, TableStatistics summary) {
        chart.getData().clear();
        if (summary == null) {
            chart.setTitle("No dataset");
            caption.setText("Accuracy per LLM appears here once a dataset is loaded.");
            return;
        }
        chart.setTitle(dataset);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (LlmStatistics llm : summary.llms()) {
            series.getData().add(bar(QueryTable.shortName(llm.llm()), llm.accuracyPercent(), null, llm.meanCost()));
        }
        double best = summary.bestSingle() == null ? 0 : summary.bestSingle().accuracyPercent();
        String bestName = summary.bestSingle() == null ? "-" : QueryTable.shortName(summary.bestSingle().llm());
        series.getData().add(bar(ORACLE, summary.oraclePercent(), "bar-oracle"));
        series.getData().add(bar(BEST_SINGLE, best, "bar-best"));
        series.getData().add(bar(RANDOM, summary.randomPercent(), "bar-random"));
        chart.getData().add(series);
        caption.setText(String.format(Locale.ROOT, "Oracle %.1f %% · best single %.1f %% (%s) · random %.1f %%",
                summary.oraclePercent(), best, bestName, summary.randomPercent()) + meanCosts(summary));
    }

    /** "\nMean cost per query: a $0.00012 · b $0.0031", or nothing when the table has no costs. */
    static String meanCosts(TableStatistics summary) {
        if (summary.llms().stream().allMatch(llm -> Double.isNaN(llm.meanCost()))) {
            return "";
        }
        StringBuilder text = new StringBuilder("\nMean cost per query:");
        String separator = " ";
        for (LlmStatistics llm : summary.llms()) {
            text.append(separator).append(QueryTable.shortName(llm.llm())).append(' ')
                    .append(String.format(Locale.ROOT, "$%.3g", llm.meanCost()));
            separator = " · ";
        }
        return text.toString();
    }

    String captionText() {
        return caption.getText();
    }

    private static XYChart.Data<String, Number> bar(String name, double value, String styleClass) {
        return bar(name, value, styleClass, Double.NaN);
    }

    private static XYChart.Data<String, Number> bar(String name, double value, String styleClass, double meanCost) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(name, value);
        data.nodeProperty().addListener((obs, old, node) -> decorate(node, name, value, styleClass, meanCost));
        return data;
    }

    private static void decorate(Node node, String name, double value, String styleClass, double meanCost) {
        if (node == null) {
            return;
        }
        if (styleClass != null) {
            node.getStyleClass().add(styleClass);
        }
        Tooltip.install(node, new Tooltip(String.format(Locale.ROOT, "%s: %.1f %%", name, value)
                + (Double.isNaN(meanCost) ? "" : String.format(Locale.ROOT, ", mean cost $%.3g per query", meanCost))));
    }
}
