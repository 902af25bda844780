package org.routerdc.workbench.tsne;

/**
 * Conditional input affinities p_{j|i} ∝ exp(−β·d²_ij) over a point's neighbours, with β found by safeguarded Newton steps so
 * the distribution's entropy equals log(perplexity) (natural log), as in van der Maaten's reference code.
 */
final class PerplexityCalibration {
    static final double TOLERANCE = 1e-6;
    private static final int MAX_STEPS = 200;

    private PerplexityCalibration() {
    }

    /** Probabilities over the given squared distances, summing to 1, with entropy log(perplexity). */
    static double[] conditional(double[] squaredDistances, double perplexity) {
        int k = squaredDistances.length;
        double min = Double.POSITIVE_INFINITY;
        for (double d : squaredDistances) {
            min = Math.min(min, d);
        }
        double[] shifted = new double[k];
        double scale = 0;
        for (int j = 0; j < k; j++) {
            shifted[j] = squaredDistances[j] - min; // exp(−β·min) cancels in the normalisation
            scale = Math.max(scale, shifted[j]);
        }
        double target = Math.log(perplexity);
        double[] p = new double[k];
        double beta = scale > 0 ? 1 / scale : 1;
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double[] moments = new double[2];
        for (int step = 0; step < MAX_STEPS; step++) {
            double entropy = fill(shifted, beta, p, moments);
            double gap = entropy - target;
            if (Math.abs(gap) < TOLERANCE) {
                break;
            }
            if (gap > 0) {
                lo = beta;
            } else {
                hi = beta;
            }
            // Newton on H(β), whose slope is −β·Var(d²); fall back to bisection when it leaves the bracket.
            double slope = -beta * (moments[1] - moments[0] * moments[0]);
            double next = slope < 0 ? beta - gap / slope : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = hi == Double.POSITIVE_INFINITY ? beta * 2 : (lo + hi) / 2;
            }
            beta = next;
        }
        fill(shifted, beta, p, moments);
        return p;
    }

    /** Writes the normalised Gaussian weights into p and returns their entropy. */
    private static double fill(double[] shifted, double beta, double[] p, double[] moments) {
        double sum = 0;
        for (int j = 0; j < shifted.length; j++) {
            p[j] = Math.exp(-beta * shifted[j]);
            sum += p[j];
        }
        double weighted = 0;
        double squares = 0;
        for (int j = 0; j < shifted.length; j++) {
            p[j] /= sum;
            weighted += shifted[j] * p[j];
            squares += shifted[j] * shifted[j] * p[j];
        }
        moments[0] = weighted;
        moments[1] = squares;
        return Math.log(sum) + beta * weighted;
    }

    /** Shannon entropy (natural log) of a probability vector. */
    static double entropy(double[] p) {
        double h = 0;
        for (double v : p) {
            if (v > 0) {
                h -= v * Math.log(v);
            }
        }
        return h;
    }
}
