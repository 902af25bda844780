package org.routerdc.workbench.app.evaluate;

import java.util.Locale;

/** Builds an SVG document from plot drawing calls. */
final class SvgPainter implements PlotPainter {
    private final StringBuilder svg = new StringBuilder();

    SvgPainter(double width, double height) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n", width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n",
                x1, y1, x2, y2, colour, width, dashed ? " stroke-dasharray=\"3 3\"" : ""));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String colour, double width) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(String.format(Locale.ROOT, "%.2f,%.2f ", xs[i], ys[i]));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n",
                points.toString().strip(), colour, width));
    }

    @Override
    public void dot(double x, double y, double radius, String fill, String stroke) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.1f\" fill=\"%s\"%s/>%n", x, y, radius, fill,
                stroke == null ? "" : " stroke=\"" + stroke + "\" stroke-width=\"1.5\""));
    }

    @Override
    public void text(double x, double y, String text, String colour, String anchor) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" fill=\"%s\" text-anchor=\"%s\">%s</text>%n", x, y,
                colour, anchor, text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")));
    }

    String document() {
        return svg + "</svg>\n";
    }
}
