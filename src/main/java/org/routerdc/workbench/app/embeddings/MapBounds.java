package org.routerdc.workbench.app.embeddings;

/** Bounding box of a map's points and markers: {minX, minY, maxX, maxY}; a unit box around 0 when empty. */
final class MapBounds {
    private MapBounds() {
    }

    static double[] of(MapModel model) {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < model.size(); i++) {
            minX = Math.min(minX, model.x()[i]);
            maxX = Math.max(maxX, model.x()[i]);
            minY = Math.min(minY, model.y()[i]);
            maxY = Math.max(maxY, model.y()[i]);
        }
        for (MapModel.Marker marker : model.markers()) {
            minX = Math.min(minX, marker.x());
            maxX = Math.max(maxX, marker.x());
            minY = Math.min(minY, marker.y());
            maxY = Math.max(maxY, marker.y());
        }
        if (minX > maxX) {
            return new double[]{-1, -1, 1, 1};
        }
        return new double[]{minX, minY, maxX, maxY};
    }
}
