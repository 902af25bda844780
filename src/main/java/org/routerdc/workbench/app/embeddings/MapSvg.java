package org.routerdc.workbench.app.embeddings;

import org.routerdc.workbench.app.export.SvgDocument;

/**
 * The map as SVG: every point in view as a dot in its category's colour, the LLM markers with their labels, and the
 * legend. What the bitmap shows, as vectors for a paper.
 */
final class MapSvg {
    private static final double DOT_RADIUS = 2.6;

    private MapSvg() {
    }

    static String of(MapModel model, MapViewport viewport, double width, double height) {
        SvgDocument svg = new SvgDocument(width, height, 11);
        svg.openGroup("fill-opacity=\"0.84\"");
        for (int i = 0; i < model.size(); i++) {
            double x = viewport.toScreenX(model.x()[i]);
            double y = viewport.toScreenY(model.y()[i]);
            if (x >= -DOT_RADIUS && y >= -DOT_RADIUS && x <= width + DOT_RADIUS && y <= height + DOT_RADIUS) {
                svg.circle(x, y, DOT_RADIUS, "fill=\"" + colour(model.category()[i]) + "\"");
            }
        }
        svg.closeGroup();
        for (MapModel.Marker marker : model.markers()) {
            double x = viewport.toScreenX(marker.x());
            double y = viewport.toScreenY(marker.y());
            svg.diamond(x, y, 7, "fill=\"black\" stroke=\"white\"");
            svg.text(x + 9, y - 8, "start", marker.label(), "font-weight=\"bold\"");
        }
        double legendY = 18;
        for (int c = 0; c < model.categoryNames().size(); c++) {
            svg.circle(16, legendY - 4, 5, "fill=\"" + colour(c) + "\"");
            svg.text(26, legendY, "start", model.categoryNames().get(c), "");
            legendY += 16;
        }
        return svg.finish();
    }

    private static String colour(int category) {
        return String.format("#%06x", Palette.rgb(category) & 0xFFFFFF);
    }
}
