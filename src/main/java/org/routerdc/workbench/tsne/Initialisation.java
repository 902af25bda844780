package org.routerdc.workbench.tsne;

/**
 * PCA initialisation: the top two principal coordinates, scaled so the first has the configured std (1e-4), plus
 * a seeded jitter 100× smaller.
 */
final class Initialisation {
    private Initialisation() {
    }

    /** @param alreadyPrincipal the points are PCA coordinates, ordered by variance, so columns 0 and 1 are the top two */
    static double[] pca(Points points, boolean alreadyPrincipal, TsneConfig config, Workers workers) {
        int n = points.n();
        int dim = points.dim();
        double[] y = new double[2 * n];
        if (alreadyPrincipal) {
            for (int i = 0; i < n; i++) {
                y[2 * i] = points.values()[i * dim];
                y[2 * i + 1] = points.values()[i * dim + 1];
            }
        } else {
            double[][] top = Pca.topEigenvectors(covariance(points), 2, config.seed());
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 2; c++) {
                    double s = 0;
                    for (int k = 0; k < dim; k++) {
                        s += top[c][k] * points.values()[i * dim + k];
                    }
                    y[2 * i + c] = s;
                }
            }
        }
        double mean = 0, sq = 0;
        for (int i = 0; i < n; i++) {
            mean += y[2 * i];
        }
        mean /= n;
        for (int i = 0; i < n; i++) {
            sq += (y[2 * i] - mean) * (y[2 * i] - mean);
        }
        double std = Math.sqrt(sq / n);
        double scale = std > 0 ? config.initialStd() / std : 1;
        // A seeded jitter of 1% of the scale: identical inputs get distinct starts, and the seed picks the layout.
        java.util.Random random = new java.util.Random(config.seed());
        for (int c = 0; c < y.length; c++) {
            y[c] = y[c] * scale + 0.01 * config.initialStd() * random.nextGaussian();
        }
        return y;
    }

    /** Covariance of already-centred points (Projection always centres). */
    private static double[][] covariance(Points points) {
        int dim = points.dim();
        double[][] cov = new double[dim][dim];
        double[] v = points.values();
        for (int i = 0; i < points.n(); i++) {
            for (int a = 0; a < dim; a++) {
                double xa = v[i * dim + a];
                for (int b = a; b < dim; b++) {
                    cov[a][b] += xa * v[i * dim + b];
                }
            }
        }
        for (int a = 0; a < dim; a++) {
            for (int b = 0; b < a; b++) {
                cov[a][b] = cov[b][a];
            }
        }
        return cov;
    }
}
