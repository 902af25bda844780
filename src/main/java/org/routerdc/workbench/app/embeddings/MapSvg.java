package org.routerdc.workbench.app.embeddings;

import org.routerdc.workbench.app.export.ChartSvg;

import java.util.Locale;

/**
 * The map as SVG: every point in view as a dot in its category's colour, the LLM markers with their labels, and the
 * legend. What the bitmap shows, as vectors for a paper.
 */
final class MapSvg {
    private static final double DOT_RADIUS = 2.6;

    private MapSvg() {
    }

    static String of(MapModel model, MapViewport viewport, double width, double height) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"white\"/>%n", width, height));
        svg.append("<g fill-opacity=\"0.84\">\n");
        for (int i = 0; i < model.size(); i++) {
            double x = viewport.toScreenX(model.x()[i]);
            double y = viewport.toScreenY(model.y()[i]);
            if (x >= -DOT_RADIUS && y >= -DOT_RADIUS && x <= width + DOT_RADIUS && y <= height + DOT_RADIUS) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.1f\" fill=\"%s\"/>%n",
                        x, y, DOT_RADIUS, colour(model.category()[i])));
            }
        }
        svg.append("</g>\n");
        for (MapModel.Marker marker : model.markers()) {
            double x = viewport.toScreenX(marker.x());
            double y = viewport.toScreenY(marker.y());
            svg.append(String.format(Locale.ROOT, "<path d=\"M %.2f %.2f l 7 7 l -7 7 l -7 -7 z\" fill=\"black\" stroke=\"white\"/>%n",
                    x, y - 7));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" font-weight=\"bold\">%s</text>%n", x + 9, y - 8,
                    ChartSvg.escape(marker.label())));
        }
        double legendY = 18;
        for (int c = 0; c < model.categoryNames().size(); c++) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"16\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>%n", legendY - 4, colour(c)));
            svg.append(String.format(Locale.ROOT, "<text x=\"26\" y=\"%.1f\">%s</text>%n", legendY, ChartSvg.escape(model.categoryNames().get(c))));
            legendY += 16;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String colour(int category) {
        return String.format("#%06x", Palette.rgb(category) & 0xFFFFFF);
    }
}
