package org.routerdc.workbench.app.routing;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.routerdc.workbench.route.RankedLlm;

import java.util.List;

/** Horizontal bars: each LLM's routing probability (%), the chosen one on top. */
final class ProbabilityChart extends BarChart<Number, String> {
    private final XYChart.Series<Number, String> series = new XYChart.Series<>();

    ProbabilityChart(ObservableList<RankedLlm> ranked) {
        super(new NumberAxis(0, 100, 20), new CategoryAxis());
        setId("probability-chart");
        setTitle("Probability per LLM (%)");
        setAnimated(false);
        setLegendVisible(false);
        setBarGap(2);
        setCategoryGap(6);
        getXAxis().setLabel("probability %");
        getData().add(series);
        ranked.addListener((ListChangeListener<RankedLlm>) change -> show(ranked));
        show(ranked);
    }

    private void show(List<RankedLlm> ranked) {
        List<RankedLlm> bottomUp = ranked.reversed();
        ((CategoryAxis) getYAxis()).getCategories().setAll(bottomUp.stream().map(RankedLlm::llm).toList());
        series.getData().setAll(bottomUp.stream()
                .map(r -> new XYChart.Data<Number, String>(100 * r.probability(), r.llm())).toList());
        double top = ranked.isEmpty() ? 100 : Math.min(100, Math.ceil(100 * ranked.getFirst().probability() / 10 + 1) * 10);
        ((NumberAxis) getXAxis()).setUpperBound(top);
        ((NumberAxis) getXAxis()).setTickUnit(top <= 50 ? 10 : 20);
    }
}
