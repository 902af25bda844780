package org.routerdc.workbench.curve;

import java.util.List;

/**
 * The cost–quality curve of a router on test datasets, the contract of {@code curve --json}.
 *
 * @param hull                  the non-decreasing convex hull of {@code points}
 * @param aiq                   area under {@code hull} over [costLow, costHigh], divided by its width
 * @param zeroRouterAiq         the same for the hull of the single LLMs' points
 * @param costSavedAtBestSingle percent of the best single LLM's cost saved by the cheapest hull point at least as
 *                              good, or null when none is
 * @param costLow               the cheapest point compared (router points and single LLMs)
 * @param costHigh              the dearest point compared
 * @param cluster               the cluster baseline routed by cost over the same λ grid, or null when the router
 *                              carries none
 */
public record CurveReport(List<CurvePoint> points, List<CostQuality> hull, double aiq, double zeroRouterAiq,
                          List<SinglePoint> singles, CostQuality oracle, Double costSavedAtBestSingle,
                          double costLow, double costHigh, BaselineCurve cluster) {
    public CurveReport {
        points = List.copyOf(points);
        hull = List.copyOf(hull);
        singles = List.copyOf(singles);
    }

    /** The single LLM of highest quality (the cheaper on ties). */
    public SinglePoint bestSingle() {
        SinglePoint best = singles.getFirst();
        for (SinglePoint single : singles) {
            if (single.quality() > best.quality() || single.quality() == best.quality() && single.cost() < best.cost()) {
                best = single;
            }
        }
        return best;
    }
}
