package org.routerdc.workbench.tsne;

import java.util.function.BooleanSupplier;

/**
 * t-SNE as the reference implementations define it: perplexity-calibrated affinities on the 3·perplexity nearest
 * neighbours (after optional L2 normalisation and PCA), symmetrised; Student-t output kernel; PCA initialisation;
 * early exaggeration; momentum and gains. Deterministic for a seed, whatever the thread count.
 */
public final class Tsne {
    private Tsne() {
    }

    /**
     * Embeds the rows of {@code data} in 2-D.
     *
     * @throws IllegalArgumentException            for ragged or too-small input, or a perplexity too large for N
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true
     */
    public static TsneResult run(float[][] data, TsneConfig config, TsneListener listener, BooleanSupplier cancelled) {
        int n = data.length;
        String problem = config.problemWith(n);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        int dim = data[0].length;
        for (float[] row : data) {
            if (row.length != dim) {
                throw new IllegalArgumentException("ragged input: rows of " + dim + " and " + row.length + " values");
            }
        }
        try (Workers workers = new Workers(config.threads())) {
            Input input = Input.prepare(data, config, workers, cancelled);
            SparseAffinities p = input.affinities();
            double[] y = Initialisation.pca(input.points(), input.projection().components() != null, config, workers);
            GradientDescent.run(p, y, config, repulsion(config, n, workers), listener, cancelled, workers);
            double kl = KlDivergence.exact(p, y, workers);
            TsneModel model = new TsneModel(input.projection(), input.points(), y, config, dim);
            return new TsneResult(Layouts.toRows(y), kl, config.totalIterations(), model);
        }
    }

    static Repulsion repulsion(TsneConfig config, int n, Workers workers) {
        return switch (config.gradient()) {
            case EXACT -> new ExactRepulsion(workers);
            case BARNES_HUT -> new BarnesHutRepulsion(workers, config.theta());
            case FFT -> new FftRepulsion(workers, 1.0);
            case AUTO -> n < config.exactBelow() ? new ExactRepulsion(workers)
                    : new HybridRepulsion(workers, config.theta());
        };
    }

    /**
     * Places new rows on a finished map (openTSNE's transform): the reference points do not move; each new point
     * starts at the affinity-weighted median of its reference neighbours and is optimised alone.
     */
    public static double[][] place(TsneModel model, float[][] newPoints, PlacementConfig config) {
        double[][] out = new double[newPoints.length][];
        try (Workers workers = new Workers(model.config().threads())) {
            workers.forChunks(newPoints.length, 4, (from, to) -> {
                for (int i = from; i < to; i++) {
                    if (newPoints[i].length != model.inputDim()) {
                        throw new IllegalArgumentException("new point " + i + " has " + newPoints[i].length
                                + " values, the map was fitted on " + model.inputDim());
                    }
                    out[i] = Placement.placeOne(model, model.projection().apply(newPoints[i]), config);
                }
            });
        }
        return out;
    }
}
