package org.routerdc.workbench.tsne;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The reference optimiser: gradient descent with momentum and per-coordinate gains (+0.2 when the gradient's sign
 * flips against the last step, ×0.8 otherwise, at least 0.01), an early-exaggeration phase with its own momentum,
 * and gains and steps reset between the phases as scikit-learn does.
 */
final class GradientDescent {
    private static final double MIN_GAIN = 0.01;

    private GradientDescent() {
    }

    /** Optimises {@code y} in place; returns the KL divergence of the last reported iteration. */
    static double run(SparseAffinities p, double[] y, TsneConfig config, Repulsion repulsion, TsneListener listener,
                      BooleanSupplier cancelled, Workers workers) {
        int n = p.n();
        double rate = config.learningRate(n);
        double entropyTerm = p.entropyTerm();
        double[] attract = new double[2 * n];
        double[] repel = new double[2 * n];
        double[] update = new double[2 * n];
        double[] gains = new double[2 * n];
        SymmetricAttraction attraction = new SymmetricAttraction(p);
        Arrays.fill(gains, 1);
        double kl = Double.NaN;
        int total = config.totalIterations();
        for (int it = 0; it < total; it++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("t-SNE cancelled at iteration " + it);
            }
            boolean early = it < config.exaggerationIterations();
            if (it == config.exaggerationIterations()) {
                Arrays.fill(update, 0);
                Arrays.fill(gains, 1);
            }
            boolean withKl = (it + 1) % config.klEvery() == 0 || it == total - 1;
            double z = repulsion.compute(y, repel);
            double logW = attraction.compute(y, early ? config.earlyExaggeration() : 1, attract, withKl, workers);
            double momentum = early ? config.initialMomentum() : config.finalMomentum();
            step(y, attract, repel, 1 / z, update, gains, momentum, rate, workers);
            double reported = withKl ? entropyTerm - logW + Math.log(z) : Double.NaN;
            if (withKl) {
                kl = reported;
            }
            if ((it + 1) % config.snapshotEvery() == 0 || withKl || it == total - 1) {
                listener.onProgress(it + 1, reported, Layouts.toRows(y));
            }
        }
        return kl;
    }

    private static void step(double[] y, double[] attract, double[] repel, double invZ, double[] update,
                             double[] gains, double momentum, double rate, Workers workers) {
        workers.forChunks(y.length, 4096, (from, to) -> {
            for (int c = from; c < to; c++) {
                double grad = attract[c] - repel[c] * invZ;
                // Still moving against the gradient: grow the gain; overshooting: shrink it (scikit-learn's rule).
                gains[c] = update[c] * grad < 0 ? gains[c] + 0.2 : Math.max(MIN_GAIN, gains[c] * 0.8);
                update[c] = momentum * update[c] - rate * gains[c] * grad;
                y[c] += update[c];
            }
        });
    }
}
