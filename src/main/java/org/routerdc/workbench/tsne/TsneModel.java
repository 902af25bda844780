package org.routerdc.workbench.tsne;

/**
 * What a finished map keeps so new points can be placed on it: the input preprocessing, the reference points in
 * the reduced space, and the final layout (flat, never modified). A new point's neighbours are found by brute force,
 * O(n·d) per point, which costs less than building a search tree on every run for the few points ever placed.
 */
public final class TsneModel {
    private final Projection projection;
    private final Points points;
    private final double[] layout;
    private final TsneConfig config;
    private final int inputDim;

    TsneModel(Projection projection, Points points, double[] layout, TsneConfig config, int inputDim) {
        this.projection = projection;
        this.points = points;
        this.layout = layout.clone();
        this.config = config;
        this.inputDim = inputDim;
    }

    Projection projection() {
        return projection;
    }

    Points points() {
        return points;
    }

    double[] layout() {
        return layout;
    }

    public TsneConfig config() {
        return config;
    }

    public int size() {
        return layout.length / 2;
    }

    public int inputDim() {
        return inputDim;
    }

    /** A copy of the reference map, N×2. */
    public double[][] coordinates() {
        return Layouts.toRows(layout);
    }
}
