package org.routerdc.workbench.app.evaluate;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.routerdc.workbench.curve.CurvePoint;
import org.routerdc.workbench.curve.CurveReport;

/** The cost–quality plot on a canvas that follows its pane's size; the same drawing exports as SVG. */
final class CostQualityPlot extends Pane {
    private final Canvas canvas = new Canvas();
    private CurveReport report;
    private CurvePoint current;

    CostQualityPlot() {
        setId("cost-quality-plot");
        getChildren().add(canvas);
        setMinSize(300, 220);
        widthProperty().addListener((obs, old, w) -> redraw());
        heightProperty().addListener((obs, old, h) -> redraw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    void show(CurveReport newReport, CurvePoint newCurrent) {
        report = newReport;
        current = newCurrent;
        redraw();
    }

    void redraw() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (report == null || canvas.getWidth() < 50 || canvas.getHeight() < 50) {
            g.setFill(Color.GRAY);
            g.fillText("Evaluate a router on the test datasets to see its cost–quality curve.", 20, 30);
            return;
        }
        new PlotLayout(report, canvas.getWidth(), canvas.getHeight()).draw(new CanvasPainter(g), report, current);
    }

    String svg(double width, double height) {
        SvgPainter svg = new SvgPainter(width, height);
        if (report != null) {
            new PlotLayout(report, width, height).draw(svg, report, current);
        }
        return svg.document();
    }

    private record CanvasPainter(GraphicsContext g) implements PlotPainter {
        @Override
        public void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
            g.setStroke(Color.web(colour));
            g.setLineWidth(width);
            g.setLineDashes(dashed ? new double[]{3, 3} : null);
            g.strokeLine(x1, y1, x2, y2);
            g.setLineDashes((double[]) null);
        }

        @Override
        public void polyline(double[] xs, double[] ys, String colour, double width) {
            g.setStroke(Color.web(colour));
            g.setLineWidth(width);
            g.strokePolyline(xs, ys, xs.length);
        }

        @Override
        public void dot(double x, double y, double radius, String fill, String stroke) {
            g.setFill(Color.web(fill));
            g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
            if (stroke != null) {
                g.setStroke(Color.web(stroke));
                g.setLineWidth(1.5);
                g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
            }
        }

        @Override
        public void text(double x, double y, String text, String colour, String anchor) {
            g.setFill(Color.web(colour));
            g.setTextAlign(switch (anchor) {
                case "middle" -> TextAlignment.CENTER;
                case "end" -> TextAlignment.RIGHT;
                default -> TextAlignment.LEFT;
            });
            g.setTextBaseline(VPos.BASELINE);
            g.fillText(text, x, y);
        }
    }
}
