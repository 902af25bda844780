package org.routerdc.workbench.tsne;

/**
 * What a finished map keeps so new points can be placed on it: the input preprocessing, the reference points in
 * the reduced space with their neighbour index, and the final layout (flat, never modified).
 */
public final class TsneModel {
    private final Projection projection;
    private final VpTree tree;
    private final double[] layout;
    private final TsneConfig config;
    private final int inputDim;

    TsneModel(Projection projection, VpTree tree, double[] layout, TsneConfig config, int inputDim) {
        this.projection = projection;
        this.tree = tree;
        this.layout = layout.clone();
        this.config = config;
        this.inputDim = inputDim;
    }

    Projection projection() {
        return projection;
    }

    VpTree tree() {
        return tree;
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
