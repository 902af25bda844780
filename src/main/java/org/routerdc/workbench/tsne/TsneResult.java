package org.routerdc.workbench.tsne;

/**
 * A finished map.
 *
 * @param xy         N×2 coordinates, one row per input row
 * @param kl         KL(P‖Q) of the final layout, with the exact normalisation
 * @param iterations iterations run
 * @param model      what {@link #place} needs to add points to this map
 */
public record TsneResult(double[][] xy, double kl, int iterations, TsneModel model) {
    /** Places new rows on this map without moving the existing points (see {@link Tsne#place}). */
    public double[][] place(float[][] newPoints) {
        return Tsne.place(model, newPoints, PlacementConfig.defaults());
    }
}
