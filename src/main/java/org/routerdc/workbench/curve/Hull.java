package org.routerdc.workbench.curve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * RouterBench's non-decreasing convex hull of cost–quality points (every mix of two operating points is reachable
 * by routing a share of queries each way) and the area under it, AIQ.
 */
public final class Hull {
    private Hull() {
    }

    /**
     * The upper hull from the cheapest point (the best of equally cheap ones) to the cheapest point of highest
     * quality: concave and non-decreasing; points under it are left out.
     */
    public static List<CostQuality> nonDecreasing(List<CostQuality> points) {
        List<CostQuality> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(CostQuality::cost).thenComparing(Comparator.comparingDouble(CostQuality::quality).reversed()));
        List<CostQuality> hull = new ArrayList<>();
        for (CostQuality p : sorted) {
            if (!hull.isEmpty() && hull.getLast().cost() == p.cost()) {
                continue; // same cost, lower quality
            }
            if (!hull.isEmpty() && p.quality() <= hull.getLast().quality()) {
                continue; // dearer and no better: never on a non-decreasing hull
            }
            while (hull.size() >= 2 && !turnsRight(hull.get(hull.size() - 2), hull.getLast(), p)) {
                hull.removeLast();
            }
            hull.add(p);
        }
        return hull;
    }

    /** True when b lies strictly above the segment a–c. */
    private static boolean turnsRight(CostQuality a, CostQuality b, CostQuality c) {
        double cross = (b.cost() - a.cost()) * (c.quality() - a.quality()) - (b.quality() - a.quality()) * (c.cost() - a.cost());
        return cross < 0;
    }

    /**
     * Area under the hull over [low, high], divided by high − low: the hull extended flat from its last point to
     * {@code high}, nothing counted left of its first point (as RouterBench). A zero-width range gives the quality
     * reached by {@code high}.
     */
    public static double aiq(List<CostQuality> hull, double low, double high) {
        if (hull.isEmpty()) {
            return 0;
        }
        if (!(high > low)) {
            return hull.stream().filter(p -> p.cost() <= high).mapToDouble(CostQuality::quality).max().orElse(0);
        }
        double area = 0;
        for (int i = 0; i + 1 < hull.size(); i++) {
            area += trapezoid(hull.get(i), hull.get(i + 1), low, high);
        }
        CostQuality last = hull.getLast();
        double flatFrom = Math.max(last.cost(), low);
        if (high > flatFrom) {
            area += (high - flatFrom) * last.quality();
        }
        return area / (high - low);
    }

    /** The part of segment a–b inside [low, high], integrated. */
    private static double trapezoid(CostQuality a, CostQuality b, double low, double high) {
        double from = Math.max(a.cost(), low), to = Math.min(b.cost(), high);
        if (!(to > from)) {
            return 0;
        }
        return (to - from) * (at(a, b, from) + at(a, b, to)) / 2;
    }

    private static double at(CostQuality a, CostQuality b, double cost) {
        return a.quality() + (b.quality() - a.quality()) * (cost - a.cost()) / (b.cost() - a.cost());
    }
}
