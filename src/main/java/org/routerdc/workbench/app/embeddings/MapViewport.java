package org.routerdc.workbench.app.embeddings;

/**
 * Data-to-screen transform of the map: uniform scale (no distortion) and an offset. Pure; the canvas owns one.
 * screen = data * scale + offset.
 */
public final class MapViewport {
    private static final double PADDING = 24;
    private double scale = 1;
    private double offsetX;
    private double offsetY;

    /** Fits the data bounds into a {@code width}×{@code height} screen area with a small margin. */
    public void fit(double minX, double minY, double maxX, double maxY, double width, double height) {
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        scale = Math.max(1e-9, Math.min((width - 2 * PADDING) / spanX, (height - 2 * PADDING) / spanY));
        offsetX = width / 2 - (minX + maxX) / 2 * scale;
        offsetY = height / 2 - (minY + maxY) / 2 * scale;
    }

    /** Zooms by {@code factor} keeping the data point under ({@code sx}, {@code sy}) where it is. */
    public void zoomAt(double sx, double sy, double factor) {
        double dx = toDataX(sx);
        double dy = toDataY(sy);
        scale *= factor;
        offsetX = sx - dx * scale;
        offsetY = sy - dy * scale;
    }

    public void pan(double dxPixels, double dyPixels) {
        offsetX += dxPixels;
        offsetY += dyPixels;
    }

    public double toScreenX(double x) {
        return x * scale + offsetX;
    }

    public double toScreenY(double y) {
        return y * scale + offsetY;
    }

    public double toDataX(double sx) {
        return (sx - offsetX) / scale;
    }

    public double toDataY(double sy) {
        return (sy - offsetY) / scale;
    }

    /** Pixels per data unit. */
    public double scale() {
        return scale;
    }

    public double offsetX() {
        return offsetX;
    }

    public double offsetY() {
        return offsetY;
    }
}
