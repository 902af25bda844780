package org.routerdc.workbench.app.export;

import java.util.Locale;

/**
 * The one SVG writer of the app: a document of a given size on a white background, built element by element with
 * coordinates to 0.01 px and text escaped. Charts, the cost–quality plot and the embedding map all export through it.
 * {@code style} arguments are further attributes as written (for example {@code fill="#336699" stroke-width="2"}).
 */
public final class SvgDocument {
    private final StringBuilder svg = new StringBuilder();

    public SvgDocument(double width, double height, int fontSize) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"%d\">%n", width, height, width, height, fontSize));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"white\"/>%n", width, height));
    }

    public SvgDocument line(double x1, double y1, double x2, double y2, String style) {
        return element(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"", x1, y1, x2, y2), style);
    }

    /** An open line through the points, unfilled. */
    public SvgDocument polyline(double[] xs, double[] ys, String style) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(String.format(Locale.ROOT, "%s%.2f,%.2f", i == 0 ? "" : " ", xs[i], ys[i]));
        }
        return element("<polyline fill=\"none\" points=\"" + points + "\"", style);
    }

    public SvgDocument circle(double cx, double cy, double radius, String style) {
        return element(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\"", cx, cy, radius), style);
    }

    public SvgDocument rect(double x, double y, double width, double height, String style) {
        return element(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"", x, y, width, height), style);
    }

    /** A diamond of half-width {@code half} centred on (x, y). */
    public SvgDocument diamond(double x, double y, double half, String style) {
        return element(String.format(Locale.ROOT, "<path d=\"M %.2f %.2f l %.2f %.2f l %.2f %.2f l %.2f %.2f z\"",
                x, y - half, half, half, -half, half, -half, -half), style);
    }

    /** @param anchor "start", "middle" or "end" */
    public SvgDocument text(double x, double y, String anchor, String text, String style) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\"%s>%s</text>%n", x, y, anchor,
                style.isEmpty() ? "" : " " + style, escape(text)));
        return this;
    }

    /** Text turned 90° counter-clockwise about its anchor point, as a vertical axis label. */
    public SvgDocument verticalText(double x, double y, String text, String style) {
        return text(x, y, "middle", text, String.format(Locale.ROOT, "%stransform=\"rotate(-90 %.2f %.2f)\"",
                style.isEmpty() ? "" : style + " ", x, y));
    }

    /** Starts a group whose attributes its elements inherit; {@link #closeGroup} ends it. */
    public SvgDocument openGroup(String style) {
        svg.append("<g ").append(style).append(">\n");
        return this;
    }

    public SvgDocument closeGroup() {
        svg.append("</g>\n");
        return this;
    }

    /** The finished document. */
    public String finish() {
        return svg + "</svg>\n";
    }

    /** Text for SVG/XML content and attributes. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private SvgDocument element(String opening, String style) {
        svg.append(opening).append(style.isEmpty() ? "" : " " + style).append("/>\n");
        return this;
    }
}
