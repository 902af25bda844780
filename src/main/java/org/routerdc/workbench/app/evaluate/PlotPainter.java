package org.routerdc.workbench.app.evaluate;

/** What the cost–quality plot draws with: a canvas on screen, SVG text for export. Colours are CSS hex strings. */
interface PlotPainter {
    void line(double x1, double y1, double x2, double y2, String colour, double width, boolean dashed);

    void polyline(double[] xs, double[] ys, String colour, double width);

    void dot(double x, double y, double radius, String fill, String stroke);

    /** @param anchor "start", "middle" or "end" */
    void text(double x, double y, String text, String colour, String anchor);
}
