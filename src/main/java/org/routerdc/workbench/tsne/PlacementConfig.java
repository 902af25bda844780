package org.routerdc.workbench.tsne;

/**
 * How new points are placed on a finished map, after openTSNE's {@code transform}: a lower perplexity than the
 * fit (5), a start at the affinity-weighted median of the neighbours' positions, then a short optimisation of the new
 * points alone with a small learning rate and clipped steps.
 */
public record PlacementConfig(double perplexity, int iterations, double learningRate, double momentum,
                              double maxGradientNorm) {
    public static PlacementConfig defaults() {
        return new PlacementConfig(5, 100, 0.1, 0.8, 0.25);
    }

    int neighbours(int referenceSize) {
        return Math.min(referenceSize, (int) (3 * perplexity));
    }
}
