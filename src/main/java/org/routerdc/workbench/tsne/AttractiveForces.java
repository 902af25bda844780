package org.routerdc.workbench.tsne;

/** The attractive half of the gradient, Σ_j p_ij·w_ij·(y_i − y_j), over the sparse P; one row per task. */
final class AttractiveForces {
    private static final int CHUNK = 512;

    private AttractiveForces() {
    }

    /**
     * Writes exaggeration·Σ_j p_ij w_ij (y_i − y_j) into {@code force} and returns Σ p_ij log w_ij (with the
     * un-exaggerated P), the data-dependent part of the KL divergence, when {@code withKl} (else 0: logs are costly).
     */
    static double compute(SparseAffinities p, double[] y, double exaggeration, double[] force, boolean withKl,
                           Workers workers) {
        int[] start = p.rowStart();
        int[] cols = p.columns();
        double[] vals = p.values();
        return workers.sumChunks(p.n(), CHUNK, (from, to) -> {
            double logSum = 0;
            for (int i = from; i < to; i++) {
                double xi = y[2 * i];
                double yi = y[2 * i + 1];
                double fx = 0, fy = 0;
                for (int e = start[i]; e < start[i + 1]; e++) {
                    int j = cols[e];
                    double dx = xi - y[2 * j];
                    double dy = yi - y[2 * j + 1];
                    double w = 1.0 / (1.0 + dx * dx + dy * dy);
                    double pw = vals[e] * w;
                    fx += pw * dx;
                    fy += pw * dy;
                    if (withKl) {
                        logSum += vals[e] * Math.log(w);
                    }
                }
                force[2 * i] = exaggeration * fx;
                force[2 * i + 1] = exaggeration * fy;
            }
            return logSum;
        });
    }
}
