package org.routerdc.workbench.curve;

import java.util.List;

/**
 * A baseline router swept over the same λ grid as the router: its points, their non-decreasing convex hull and the
 * AIQ of that hull over the router's cost range (so the two AIQs compare).
 */
public record BaselineCurve(List<CurvePoint> points, List<CostQuality> hull, double aiq) {
    public BaselineCurve {
        points = List.copyOf(points);
        hull = List.copyOf(hull);
    }
}
