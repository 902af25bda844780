package org.routerdc.workbench.app.export;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.RadialGradient;
import javafx.scene.text.Text;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;

import java.util.Locale;

/**
 * Writes an XY chart (line, scatter, bar) as SVG from what it draws now: title, axes with their tick labels, grid,
 * each series' line, symbols or bars in their colours, and a legend of the named series. Vector output for papers;
 * call on the FX thread with the chart laid out.
 */
public final class ChartSvg {
    private final XYChart<?, ?> chart;
    private final SvgDocument svg;

    private ChartSvg(XYChart<?, ?> chart) {
        this.chart = chart;
        this.svg = new SvgDocument(chart.getWidth(), chart.getHeight(), 11);
    }

    public static String of(XYChart<?, ?> chart) {
        return new ChartSvg(chart).write();
    }

    private String write() {
        double width = chart.getWidth();
        Node plot = chart.lookup(".chart-plot-background");
        if (plot != null) {
            Bounds area = bounds(plot);
            svg.rect(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight(), "fill=\"#f8f8f8\" stroke=\"#bbbbbb\"");
            axis(chart.getXAxis(), true, area);
            axis(chart.getYAxis(), false, area);
        }
        if (chart.getTitle() != null && !chart.getTitle().isBlank()) {
            Node title = chart.lookup(".chart-title");
            double y = title == null ? 16 : bounds(title).getMaxY() - 4;
            text(width / 2, y, "middle", chart.getTitle(), "font-size=\"14\" font-weight=\"bold\"");
        }
        for (XYChart.Series<?, ?> series : chart.getData()) {
            series(series);
        }
        legend();
        return svg.finish();
    }

    /** Grid lines at the ticks, and the tick labels as the axis draws them (its visible text nodes). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void axis(Axis axis, boolean horizontal, Bounds area) {
        for (Object tick : axis.getTickMarks()) {
            double position = ((Axis.TickMark<?>) tick).getPosition();
            Point2D at = horizontal ? toChart(axis, position, 0) : toChart(axis, 0, position);
            if (horizontal) {
                line(at.getX(), area.getMinY(), at.getX(), area.getMaxY(), "#e4e4e4");
            } else {
                line(area.getMinX(), at.getY(), area.getMaxX(), at.getY(), "#e4e4e4");
            }
        }
        for (Node node : axis.getChildrenUnmodifiable()) {
            if (node instanceof Text label && label.isVisible() && !label.getStyleClass().contains("axis-label")
                    && label.getText() != null && !label.getText().isBlank()) {
                Bounds box = bounds(label);
                text(horizontal ? box.getCenterX() : box.getMaxX(), box.getMaxY() - 3, horizontal ? "middle" : "end",
                        label.getText(), "");
            }
        }
        String label = axis.getLabel();
        if (label != null && !label.isBlank()) {
            if (horizontal) {
                text((area.getMinX() + area.getMaxX()) / 2, area.getMaxY() + 32, "middle", label, "font-size=\"12\"");
            } else {
                svg.verticalText(bounds(axis).getMinX() + 10, (area.getMinY() + area.getMaxY()) / 2, label, "font-size=\"12\"");
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void series(XYChart.Series<?, ?> series) {
        Axis xAxis = chart.getXAxis();
        Axis yAxis = chart.getYAxis();
        if (chart instanceof BarChart<?, ?>) {
            for (XYChart.Data<?, ?> data : series.getData()) {
                if (data.getNode() instanceof Region bar && bar.isVisible()) {
                    Bounds box = bounds(bar);
                    svg.rect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), fill(regionFill(bar), 1));
                }
            }
            return;
        }
        if (series.getNode() instanceof Path path && path.isVisible() && !series.getData().isEmpty()) {
            double[] xs = new double[series.getData().size()];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                Point2D at = position(xAxis, yAxis, series.getData().get(i));
                xs[i] = at.getX();
                ys[i] = at.getY();
            }
            svg.polyline(xs, ys, String.format(Locale.ROOT, "stroke=\"%s\" stroke-width=\"%.2f\" stroke-opacity=\"%.3f\" "
                    + "stroke-linejoin=\"round\"", hex(path.getStroke()), path.getStrokeWidth(),
                    opacity(path.getStroke()) * path.getOpacity()));
        }
        for (XYChart.Data<?, ?> data : series.getData()) {
            if (data.getNode() instanceof Region symbol && symbol.isVisible() && symbol.getWidth() > 0) {
                Point2D at = position(xAxis, yAxis, data);
                svg.circle(at.getX(), at.getY(), symbol.getWidth() / 2, fill(regionFill(symbol), symbol.getOpacity()));
            }
        }
    }

    private void legend() {
        if (!chart.isLegendVisible()) {
            return;
        }
        double x = 10;
        double y = chart.getHeight() - 8;
        for (XYChart.Series<?, ?> series : chart.getData()) {
            if (series.getName() == null || series.getName().isBlank()) {
                continue;
            }
            Paint colour = series.getNode() instanceof Path path ? path.getStroke()
                    : series.getData().isEmpty() || !(series.getData().getFirst().getNode() instanceof Region r) ? Color.GRAY
                    : regionFill(r);
            svg.rect(x, y - 9, 10, 10, fill(colour, 1));
            text(x + 14, y, "start", series.getName(), "");
            x += 24 + 6.5 * series.getName().length();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Point2D position(Axis xAxis, Axis yAxis, XYChart.Data<?, ?> data) {
        double x = xAxis.getDisplayPosition(data.getXValue());
        double y = yAxis.getDisplayPosition(data.getYValue());
        return new Point2D(toChart(xAxis, x, 0).getX(), toChart(yAxis, 0, y).getY());
    }

    private Point2D toChart(Node node, double x, double y) {
        return chart.sceneToLocal(node.localToScene(x, y));
    }

    private Bounds bounds(Node node) {
        return chart.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    private void line(double x1, double y1, double x2, double y2, String colour) {
        svg.line(x1, y1, x2, y2, "stroke=\"" + colour + "\"");
    }

    private void text(double x, double y, String anchor, String text, String attributes) {
        if (text != null) {
            svg.text(x, y, anchor, text, attributes);
        }
    }

    /** The colour a region is painted with: its last plain fill, or the end colour of a gradient fill. */
    private static Paint regionFill(Region region) {
        if (region.getBackground() == null) {
            return Color.GRAY;
        }
        for (BackgroundFill fill : region.getBackground().getFills().reversed()) {
            switch (fill.getFill()) {
                case Color colour -> {
                    return colour;
                }
                case LinearGradient gradient -> {
                    return gradient.getStops().getLast().getColor();
                }
                case RadialGradient gradient -> {
                    return gradient.getStops().getLast().getColor();
                }
                default -> { }
            }
        }
        return Color.GRAY;
    }

    private static String fill(Paint paint, double opacity) {
        return String.format(Locale.ROOT, "fill=\"%s\" fill-opacity=\"%.3f\"", hex(paint), opacity(paint) * opacity);
    }

    /** A colour as #rrggbb; gradients and patterns as mid grey (the charts here use plain colours). */
    static String hex(Paint paint) {
        Color colour = paint instanceof Color c ? c : Color.GRAY;
        return String.format("#%02x%02x%02x", Math.round(colour.getRed() * 255), Math.round(colour.getGreen() * 255),
                Math.round(colour.getBlue() * 255));
    }

    private static double opacity(Paint paint) {
        return paint instanceof Color c ? c.getOpacity() : 1;
    }
}
