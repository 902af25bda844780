package org.routerdc.workbench.train;

/** PyTorch's exact GELU, 0.5·z·(1 + erf(z/√2)), for the head run in plain Java. */
final class ExactGelu {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final double SQRT_HALF = Math.sqrt(0.5);

    private ExactGelu() {
    }

    static double gelu(double z) {
        return 0.5 * z * (1 + erf(z * SQRT_HALF));
    }

    /**
     * erf by the series erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)) (Abramowitz and Stegun 7.1.6): its
     * terms are all positive, so nothing cancels and the sum is good to about 1e-15. Beyond |x| = 6, erf is ±1 in
     * double precision (erfc(6) ≈ 2e-17).
     */
    static double erf(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (a >= 6) {
            return Math.signum(x);
        }
        double term = a, sum = a;
        for (int n = 1; term > sum * 1e-17; n++) {
            term *= 2 * a * a / (2 * n + 1);
            sum += term;
        }
        return Math.copySign(TWO_OVER_SQRT_PI * Math.exp(-a * a) * sum, x);
    }
}
