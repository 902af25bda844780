package org.routerdc.workbench.app.data;

import javafx.scene.paint.Color;

/** The score colour ramp: soft red (0) through yellow (0.5) to green (1); values outside 0..1 are clamped. */
final class HeatRamp {
    private static final Color LOW = Color.web("#f2a7a0");
    private static final Color MID = Color.web("#f5df9a");
    private static final Color HIGH = Color.web("#9dd5a3");

    private HeatRamp() {
    }

    static Color colour(double score) {
        double t = Math.clamp(score, 0, 1);
        return t < 0.5 ? LOW.interpolate(MID, t * 2) : MID.interpolate(HIGH, (t - 0.5) * 2);
    }
}
