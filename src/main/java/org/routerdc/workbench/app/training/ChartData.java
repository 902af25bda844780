package org.routerdc.workbench.app.training;

import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns curve arrays into chart points (picked indices, optional log10) and formats a log axis back to values. */
final class ChartData {
    /** Points drawn per curve at most (min/max buckets keep the spikes). */
    static final int BUCKETS = 250;

    private ChartData() {
    }

    static List<XYChart.Data<Number, Number>> points(double[] x, double[] y, int[] picked, boolean log) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(picked.length);
        for (int i : picked) {
            double value = log ? CurveMath.log10(y[i]) : y[i];
            if (Double.isFinite(value)) {
                points.add(new XYChart.Data<>(x[i], value));
            }
        }
        return points;
    }

    /** On a log chart the axis carries log10 values; its labels show the values themselves. */
    static void formatAxis(NumberAxis axis, boolean log) {
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = log ? Math.pow(10, value.doubleValue()) : value.doubleValue();
                return String.format(Locale.ROOT, Math.abs(v) >= 100 || v == Math.rint(v) && Math.abs(v) < 1e6 ? "%.0f" : "%.3g", v);
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text);
            }
        });
    }

    /** Colours the line of a series already in a chart (the node exists once the series is added). */
    static void styleLine(XYChart.Series<Number, Number> series, String colour, double width, double opacity) {
        if (series.getNode() != null) {
            series.getNode().setStyle(String.format(Locale.ROOT, "-fx-stroke: %s; -fx-stroke-width: %.1f; -fx-opacity: %.2f;",
                    colour, width, opacity));
        }
    }

    static String colour(int index) {
        return String.format("#%06X", org.routerdc.workbench.app.embeddings.Palette.rgb(index));
    }
}
