package org.routerdc.workbench.tsne;

/** The repulsive half of the t-SNE gradient, over all pairs of a 2-D layout stored as [x0, y0, x1, y1, ...]. */
interface Repulsion {
    /**
     * Writes Σ_j w_ij² (y_i − y_j) for every point into {@code force} (same layout as {@code y}), where
     * w_ij = 1 / (1 + |y_i − y_j|²), and returns Z = Σ_{i≠j} w_ij, the normalisation of q.
     */
    double compute(double[] y, double[] force);
}
