package org.routerdc.workbench.app.settings;

/** Where the main window was last: position, size and whether it was maximised. NaN position = let the system place it. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximised) {
    public static final WindowPlacement DEFAULT = new WindowPlacement(Double.NaN, Double.NaN, 1400, 900, false);

    public WindowPlacement {
        width = width >= 400 ? width : DEFAULT.width;
        height = height >= 300 ? height : DEFAULT.height;
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
