package org.routerdc.workbench.tsne;

/**
 * Every t-SNE knob, with the field's reference defaults ({@link #defaults()}). The gradient follows van der
 * Maaten's convention (no factor 4), so a learning rate here equals scikit-learn's ×4.
 *
 * @param learningRate   ≤ 0 means "auto": max(N / earlyExaggeration, 50)
 * @param pcaDims        input dimensions kept by PCA before the neighbour search; 0 = off
 * @param exactBelow     AUTO uses the exact O(N²) gradient below this many points
 * @param snapshotEvery  the listener gets a layout every this many iterations
 * @param threads        0 = all cores
 * @param initialStd     standard deviation of the first PCA coordinate of the initial layout
 */
public record TsneConfig(double perplexity, double earlyExaggeration, int exaggerationIterations, int iterations,
                         double learningRate, double initialMomentum, double finalMomentum, DistanceMetric metric,
                         int pcaDims, GradientMethod gradient, double theta, int exactBelow, long seed,
                         int snapshotEvery, int klEvery, int threads, double initialStd) {

    public static TsneConfig defaults() {
        return new TsneConfig(30, 12, 250, 750, 0, 0.5, 0.8, DistanceMetric.COSINE, 50, GradientMethod.AUTO, 0.5,
                1000, 42, 10, 50, 0, 1e-4);
    }

    public TsneConfig {
        if (!(perplexity > 0)) {
            throw new IllegalArgumentException("perplexity must be positive, got " + perplexity);
        }
        if (exaggerationIterations < 0 || iterations < 0) {
            throw new IllegalArgumentException("iteration counts must be ≥ 0");
        }
        if (pcaDims == 1 || pcaDims < 0) {
            throw new IllegalArgumentException("pcaDims must be 0 (off) or ≥ 2, got " + pcaDims);
        }
        if (snapshotEvery < 1 || klEvery < 1) {
            throw new IllegalArgumentException("snapshotEvery and klEvery must be ≥ 1");
        }
    }

    /** Neighbours per point: 3·perplexity, at most N − 1. */
    public int neighbours(int n) {
        return Math.min(n - 1, (int) (3 * perplexity));
    }

    public double learningRate(int n) {
        return learningRate > 0 ? learningRate : Math.max(n / earlyExaggeration, 50);
    }

    public int totalIterations() {
        return exaggerationIterations + iterations;
    }

    /** Why this config cannot embed n points, or null when it can. */
    public String problemWith(int n) {
        if (n < 2) {
            return "need at least 2 points, got " + n;
        }
        if (n <= 3 * perplexity) {
            return "perplexity " + perplexity + " is too large for " + n + " points (need N > 3·perplexity; try "
                    + Math.max(1, (n - 1) / 3) + " or less)";
        }
        return null;
    }

    public TsneConfig withPerplexity(double v) {
        return new TsneConfig(v, earlyExaggeration, exaggerationIterations, iterations, learningRate, initialMomentum,
                finalMomentum, metric, pcaDims, gradient, theta, exactBelow, seed, snapshotEvery, klEvery, threads, initialStd);
    }

    public TsneConfig withExaggeration(double factor, int its) {
        return new TsneConfig(perplexity, factor, its, iterations, learningRate, initialMomentum,
                finalMomentum, metric, pcaDims, gradient, theta, exactBelow, seed, snapshotEvery, klEvery, threads, initialStd);
    }

    public TsneConfig withIterations(int v) {
        return new TsneConfig(perplexity, earlyExaggeration, exaggerationIterations, v, learningRate, initialMomentum,
                finalMomentum, metric, pcaDims, gradient, theta, exactBelow, seed, snapshotEvery, klEvery, threads, initialStd);
    }

    public TsneConfig withLearningRate(double v) {
        return new TsneConfig(perplexity, earlyExaggeration, exaggerationIterations, iterations, v, initialMomentum,
                finalMomentum, metric, pcaDims, gradient, theta, exactBelow, seed, snapshotEvery, klEvery, threads, initialStd);
    }

    public TsneConfig withMomentum(double initial, double fin) {
        return new TsneConfig(perplexity, earlyExaggeration, exaggerationIterations, iterations, learningRate, initial,
                fin, metric, pcaDims, gradient, theta, exactBelow, seed, snapshotEvery, klEvery, threads, initialStd);
    }

    public TsneConfig withMetric(DistanceMetric v) {
        return new TsneConfig(perplexity, earlyExaggeration, exaggerationIterations, iterations, learningRate, initialMomentum,
                finalMomentum, v, pcaDims, gradient, theta, exactBelow, seed, snapshotEvery, klEvery, threads, initialStd);
    }

    public TsneConfig withPcaDims(int v) {
        return new TsneConfig(perplexity, earlyExaggeration, exaggerationIterations, iterations, learningRate, initialMomentum,
                finalMomentum, metric, v, gradient, theta, exactBelow, seed, snapshotEvery, klEvery, threads, initialStd);
    }

    public TsneConfig withGradient(GradientMethod v, double newTheta) {
        return new TsneConfig(perplexity, earlyExaggeration, exaggerationIterations, iterations, learningRate, initialMomentum,
                finalMomentum, metric, pcaDims, v, newTheta, exactBelow, seed, snapshotEvery, klEvery, threads, initialStd);
    }

    public TsneConfig withSeed(long v) {
        return new TsneConfig(perplexity, earlyExaggeration, exaggerationIterations, iterations, learningRate, initialMomentum,
                finalMomentum, metric, pcaDims, gradient, theta, exactBelow, v, snapshotEvery, klEvery, threads, initialStd);
    }

    public TsneConfig withSnapshotEvery(int v) {
        return new TsneConfig(perplexity, earlyExaggeration, exaggerationIterations, iterations, learningRate, initialMomentum,
                finalMomentum, metric, pcaDims, gradient, theta, exactBelow, seed, v, klEvery, threads, initialStd);
    }

    public TsneConfig withThreads(int v) {
        return new TsneConfig(perplexity, earlyExaggeration, exaggerationIterations, iterations, learningRate, initialMomentum,
                finalMomentum, metric, pcaDims, gradient, theta, exactBelow, seed, snapshotEvery, klEvery, v, initialStd);
    }
}
