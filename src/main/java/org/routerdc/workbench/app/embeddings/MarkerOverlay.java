package org.routerdc.workbench.app.embeddings;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Draws the few big things over the points: labelled LLM markers and the ring around the hovered point. */
final class MarkerOverlay {
    private static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 12);
    private static final Color MARKER_FILL = Color.web("#1f2633");
    private static final Color LABEL_BACKGROUND = Color.web("#ffffffe6");
    private static final double MARKER_RADIUS = 9;

    void draw(GraphicsContext g, double width, double height, MapModel model, MapViewport viewport, int hovered) {
        g.clearRect(0, 0, width, height);
        if (hovered >= 0 && hovered < model.size()) {
            double sx = viewport.toScreenX(model.x()[hovered]);
            double sy = viewport.toScreenY(model.y()[hovered]);
            g.setStroke(Color.web("#111111"));
            g.setLineWidth(2);
            g.strokeOval(sx - 7, sy - 7, 14, 14);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeOval(sx - 8.5, sy - 8.5, 17, 17);
        }
        g.setFont(LABEL_FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int m = 0; m < model.markers().size(); m++) {
            MapModel.Marker marker = model.markers().get(m);
            double sx = viewport.toScreenX(marker.x());
            double sy = viewport.toScreenY(marker.y());
            if (sx < -100 || sy < -20 || sx > width + 20 || sy > height + 20) {
                continue;
            }
            drawMarker(g, sx, sy, marker.label(), m);
        }
    }

    private static void drawMarker(GraphicsContext g, double sx, double sy, String label, int index) {
        double r = MARKER_RADIUS;
        g.setFill(Color.WHITE);
        g.fillRect(sx - r - 2, sy - r - 2, 2 * r + 4, 2 * r + 4);
        g.setFill(MARKER_FILL);
        g.fillRect(sx - r, sy - r, 2 * r, 2 * r);
        g.setFill(Color.WHITE);
        g.fillText(String.valueOf(index + 1), sx - (index + 1 >= 10 ? 7 : 3.5), sy);
        double textWidth = textWidth(label);
        double lx = sx + r + 6;
        g.setFill(LABEL_BACKGROUND);
        g.fillRoundRect(lx - 4, sy - 10, textWidth + 8, 20, 6, 6);
        g.setStroke(MARKER_FILL);
        g.setLineWidth(1);
        g.strokeRoundRect(lx - 4, sy - 10, textWidth + 8, 20, 6, 6);
        g.setFill(MARKER_FILL);
        g.fillText(label, lx, sy);
    }

    private static double textWidth(String text) {
        Text probe = new Text(text);
        probe.setFont(LABEL_FONT);
        return probe.getLayoutBounds().getWidth();
    }
}
