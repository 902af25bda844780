package org.routerdc.workbench.tsne;

/** KL(P‖Q) of a layout with the exact normalisation Z = Σ_{i≠j} 1/(1 + |y_i − y_j|²) (O(N²), in parallel). */
final class KlDivergence {
    private KlDivergence() {
    }

    static double exact(SparseAffinities p, double[] y, Workers workers) {
        double logW = AttractiveForces.compute(p, y, 1, new double[y.length], true, workers);
        return p.entropyTerm() - logW + Math.log(exactZ(y, workers));
    }

    static double exactZ(double[] y, Workers workers) {
        int n = y.length / 2;
        double half = workers.sumChunks(n, 128, (from, to) -> {
            double z = 0;
            for (int i = from; i < to; i++) {
                double xi = y[2 * i];
                double yi = y[2 * i + 1];
                for (int j = i + 1; j < n; j++) {
                    double dx = xi - y[2 * j];
                    double dy = yi - y[2 * j + 1];
                    z += 1.0 / (1.0 + dx * dx + dy * dy);
                }
            }
            return z;
        });
        return 2 * half;
    }
}
