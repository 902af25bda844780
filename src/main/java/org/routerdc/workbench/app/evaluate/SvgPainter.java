package org.routerdc.workbench.app.evaluate;

import java.util.Locale;
import org.routerdc.workbench.app.export.SvgDocument;

/** The plot's drawing calls written into an {@link SvgDocument}. */
final class SvgPainter implements PlotPainter {
    private final SvgDocument svg;

    SvgPainter(double width, double height) {
        svg = new SvgDocument(width, height, 12);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
        svg.line(x1, y1, x2, y2, stroke(colour, width) + (dashed ? " stroke-dasharray=\"3 3\"" : ""));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String colour, double width) {
        svg.polyline(xs, ys, stroke(colour, width));
    }

    @Override
    public void dot(double x, double y, double radius, String fill, String stroke) {
        svg.circle(x, y, radius, "fill=\"" + fill + "\"" + (stroke == null ? "" : " " + stroke(stroke, 1.5)));
    }

    @Override
    public void text(double x, double y, String text, String colour, String anchor) {
        svg.text(x, y, anchor, text, "fill=\"" + colour + "\"");
    }

    String document() {
        return svg.finish();
    }

    private static String stroke(String colour, double width) {
        return String.format(Locale.ROOT, "stroke=\"%s\" stroke-width=\"%.1f\"", colour, width);
    }
}
