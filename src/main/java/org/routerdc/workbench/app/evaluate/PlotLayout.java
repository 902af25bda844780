package org.routerdc.workbench.app.evaluate;

import java.util.List;
import java.util.Locale;
import org.routerdc.workbench.curve.CostQuality;
import org.routerdc.workbench.curve.CurvePoint;
import org.routerdc.workbench.curve.CurveReport;
import org.routerdc.workbench.curve.SinglePoint;

/**
 * Draws the cost–quality plane on any {@link PlotPainter}: axes with ticks, the single LLMs as labelled points, the
 * oracle, the router's swept points and their hull, the cluster baseline's (dashed) where the router carries one,
 * the current operating point and a legend.
 */
final class PlotLayout {
    static final String ROUTER = "#2f6fb5", HULL = "#1b4f8a", SINGLE = "#6b6b6b", ORACLE = "#2e8b57", CURRENT = "#d9480f",
            CLUSTER = "#9c4dcc", AXIS = "#444444", GRID = "#dddddd";
    private static final double LEFT = 64, RIGHT = 24, TOP = 20, BOTTOM = 44;

    private final double width, height, minCost, maxCost, minQuality, maxQuality;

    PlotLayout(CurveReport report, double width, double height) {
        this.width = width;
        this.height = height;
        double low = Math.min(report.costLow(), report.oracle().cost()), high = Math.max(report.costHigh(), report.oracle().cost());
        double pad = (high - low) * 0.05 + 1e-12;
        minCost = Math.max(0, low - pad);
        maxCost = high + pad;
        double qLow = report.oracle().quality(), qHigh = report.oracle().quality();
        for (SinglePoint s : report.singles()) {
            qLow = Math.min(qLow, s.quality());
            qHigh = Math.max(qHigh, s.quality());
        }
        List<CurvePoint> all = new java.util.ArrayList<>(report.points());
        if (report.cluster() != null) {
            all.addAll(report.cluster().points());
        }
        for (CurvePoint p : all) {
            qLow = Math.min(qLow, p.quality());
            qHigh = Math.max(qHigh, p.quality());
        }
        minQuality = Math.max(0, Math.floor((qLow - 5) / 5) * 5);
        maxQuality = Math.min(100, Math.ceil((qHigh + 5) / 5) * 5);
    }

    double x(double cost) {
        return LEFT + (cost - minCost) / (maxCost - minCost) * (width - LEFT - RIGHT);
    }

    double y(double quality) {
        return height - BOTTOM - (quality - minQuality) / (maxQuality - minQuality) * (height - TOP - BOTTOM);
    }

    void draw(PlotPainter painter, CurveReport report, CurvePoint current) {
        axes(painter);
        if (report.cluster() != null) {
            cluster(painter, report);
        }
        List<CostQuality> hull = report.hull();
        double[] hx = new double[hull.size() + 1], hy = new double[hull.size() + 1];
        for (int i = 0; i < hull.size(); i++) {
            hx[i] = x(hull.get(i).cost());
            hy[i] = y(hull.get(i).quality());
        }
        hx[hull.size()] = x(report.costHigh()); // extended flat, as AIQ counts it
        hy[hull.size()] = hy[hull.size() - 1];
        painter.polyline(hx, hy, HULL, 2);
        for (CurvePoint p : report.points()) {
            painter.dot(x(p.cost()), y(p.quality()), 3, ROUTER, null);
        }
        for (SinglePoint s : report.singles()) {
            painter.dot(x(s.cost()), y(s.quality()), 4.5, "#ffffff", SINGLE);
            boolean nearRightEdge = x(s.cost()) > width - RIGHT - 140;
            painter.text(x(s.cost()) + (nearRightEdge ? -6 : 6), y(s.quality()) - 6, shortName(s.llm()), SINGLE,
                    nearRightEdge ? "end" : "start");
        }
        painter.dot(x(report.oracle().cost()), y(report.oracle().quality()), 5, ORACLE, null);
        painter.text(x(report.oracle().cost()) + 7, y(report.oracle().quality()) + 4, "oracle", ORACLE, "start");
        if (current != null) {
            painter.dot(x(current.cost()), y(current.quality()), 6.5, CURRENT, "#ffffff");
        }
        painter.text(width - RIGHT, TOP + 4, String.format(Locale.ROOT, "AIQ %.2f%s  ·  zero router %.2f", report.aiq(),
                report.cluster() == null ? "" : String.format(Locale.ROOT, "  ·  cluster %.2f", report.cluster().aiq()),
                report.zeroRouterAiq()), AXIS, "end");
        legend(painter, report.cluster() != null);
    }

    /** The cluster baseline: its points hollow, its hull dashed (extended flat as its AIQ counts it). */
    private void cluster(PlotPainter painter, CurveReport report) {
        List<CostQuality> hull = report.cluster().hull();
        for (int i = 0; i + 1 < hull.size(); i++) {
            painter.line(x(hull.get(i).cost()), y(hull.get(i).quality()), x(hull.get(i + 1).cost()), y(hull.get(i + 1).quality()),
                    CLUSTER, 2, true);
        }
        CostQuality last = hull.getLast();
        if (report.costHigh() > last.cost()) {
            painter.line(x(last.cost()), y(last.quality()), x(report.costHigh()), y(last.quality()), CLUSTER, 2, true);
        }
        for (CurvePoint p : report.cluster().points()) {
            painter.dot(x(p.cost()), y(p.quality()), 2.5, "#ffffff", CLUSTER);
        }
    }

    /** What each mark is, in the lower right corner (the dear, poor corner, where no curve goes). */
    private void legend(PlotPainter painter, boolean withCluster) {
        List<String> labels = new java.util.ArrayList<>(List.of("router: hull and λ points"));
        if (withCluster) {
            labels.add("cluster baseline: hull and λ points");
        }
        labels.addAll(List.of("single LLM", "oracle", "operating point"));
        double left = width - RIGHT - 230, top = height - BOTTOM - 10 - 16 * labels.size();
        for (int i = 0; i < labels.size(); i++) {
            double ly = top + 16 * i + 8;
            String label = labels.get(i);
            switch (withCluster || i == 0 ? i : i + 1) {
                case 0 -> {
                    painter.line(left, ly, left + 22, ly, HULL, 2, false);
                    painter.dot(left + 11, ly, 3, ROUTER, null);
                }
                case 1 -> {
                    painter.line(left, ly, left + 22, ly, CLUSTER, 2, true);
                    painter.dot(left + 11, ly, 2.5, "#ffffff", CLUSTER);
                }
                case 2 -> painter.dot(left + 11, ly, 4.5, "#ffffff", SINGLE);
                case 3 -> painter.dot(left + 11, ly, 5, ORACLE, null);
                default -> painter.dot(left + 11, ly, 6.5, CURRENT, "#ffffff");
            }
            painter.text(left + 30, ly + 4, label, AXIS, "start");
        }
    }

    private void axes(PlotPainter painter) {
        painter.line(LEFT, height - BOTTOM, width - RIGHT, height - BOTTOM, AXIS, 1, false);
        painter.line(LEFT, TOP, LEFT, height - BOTTOM, AXIS, 1, false);
        for (int k = 0; k <= 5; k++) {
            double cost = minCost + (maxCost - minCost) * k / 5;
            double px = x(cost);
            painter.line(px, TOP, px, height - BOTTOM, GRID, 1, true);
            painter.text(px, height - BOTTOM + 16, String.format(Locale.ROOT, "%.3g", cost), AXIS, "middle");
            double quality = minQuality + (maxQuality - minQuality) * k / 5;
            double py = y(quality);
            painter.line(LEFT, py, width - RIGHT, py, GRID, 1, true);
            painter.text(LEFT - 6, py + 4, String.format(Locale.ROOT, "%.0f", quality), AXIS, "end");
        }
        painter.text((LEFT + width - RIGHT) / 2, height - 6, "mean cost per query", AXIS, "middle");
        painter.text(LEFT, TOP - 6, "quality (accuracy %)", AXIS, "start");
    }

    static String shortName(String llm) {
        int slash = llm.lastIndexOf('/');
        return slash >= 0 ? llm.substring(slash + 1) : llm;
    }
}
