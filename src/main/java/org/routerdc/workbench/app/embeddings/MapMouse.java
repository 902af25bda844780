package org.routerdc.workbench.app.embeddings;

import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;

/** Mouse on the map: hover, wheel zoom around the cursor, drag to pan, double-click to reset, click a point. */
final class MapMouse {
    private static final double WHEEL_ZOOM_PER_PIXEL = 1.0025;
    private static final double DRAG_THRESHOLD = 3;

    private final MapCanvas map;
    private final Region plot;
    private double lastX;
    private double lastY;
    private double travelled;

    MapMouse(MapCanvas map, Region plot) {
        this.map = map;
        this.plot = plot;
    }

    void install() {
        plot.setOnMouseMoved(event -> map.hoverAt(event.getX(), event.getY()));
        plot.setOnMouseExited(event -> map.hoverAt(-1e9, -1e9));
        plot.setOnMousePressed(event -> {
            lastX = event.getX();
            lastY = event.getY();
            travelled = 0;
        });
        plot.setOnMouseDragged(event -> {
            double dx = event.getX() - lastX;
            double dy = event.getY() - lastY;
            travelled += Math.abs(dx) + Math.abs(dy);
            lastX = event.getX();
            lastY = event.getY();
            map.pan(dx, dy);
        });
        plot.setOnMouseClicked(event -> {
            if (event.getButton() != MouseButton.PRIMARY || travelled > DRAG_THRESHOLD) {
                return;
            }
            if (event.getClickCount() == 2) {
                map.resetView();
            } else {
                map.click(event.getX(), event.getY());
            }
        });
        plot.setOnScroll(event -> {
            if (event.getDeltaY() != 0) {
                map.zoomAt(event.getX(), event.getY(), Math.pow(WHEEL_ZOOM_PER_PIXEL, event.getDeltaY()));
            }
        });
    }
}
