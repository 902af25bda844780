package org.routerdc.workbench.tsne;

/** O(N²) repulsion: every pair evaluated. For small N and as the reference the fast version is tested against. */
final class ExactRepulsion implements Repulsion {
    private static final int CHUNK = 64;
    private final Workers workers;

    ExactRepulsion(Workers workers) {
        this.workers = workers;
    }

    @Override
    public double compute(double[] y, double[] force) {
        int n = y.length / 2;
        return workers.sumChunks(n, CHUNK, (from, to) -> {
            double z = 0;
            for (int i = from; i < to; i++) {
                double xi = y[2 * i];
                double yi = y[2 * i + 1];
                double fx = 0;
                double fy = 0;
                for (int j = 0; j < n; j++) {
                    double dx = xi - y[2 * j];
                    double dy = yi - y[2 * j + 1];
                    double w = 1.0 / (1.0 + dx * dx + dy * dy);
                    z += w;
                    fx += w * w * dx;
                    fy += w * w * dy;
                }
                z -= 1.0; // the j == i term
                force[2 * i] = fx;
                force[2 * i + 1] = fy;
            }
            return z;
        });
    }
}
