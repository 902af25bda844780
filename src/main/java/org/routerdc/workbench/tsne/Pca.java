package org.routerdc.workbench.tsne;

import java.util.Random;

/**
 * Principal components by seeded subspace iteration on the covariance matrix, finished by a Rayleigh-Ritz step.
 * The covariance is summed over a fixed number of row blocks, then the blocks in order: deterministic in parallel.
 */
final class Pca {
    private static final int BLOCKS = 8;
    private static final int ITERATIONS = 20;
    private static final int OVERSAMPLE = 10;

    private Pca() {
    }

    /** Normalises (optionally), centres and, if 0 < components < d, projects on the top principal components. */
    static Projection fit(float[][] rows, boolean normalise, int components, long seed, Workers workers) {
        int d = rows[0].length;
        Projection centring = new Projection(normalise, new double[d], null);
        double[] mean = new double[d];
        for (float[] row : rows) {
            double[] x = centring.apply(row);
            for (int k = 0; k < d; k++) {
                mean[k] += x[k];
            }
        }
        for (int k = 0; k < d; k++) {
            mean[k] /= rows.length;
        }
        if (components <= 0 || components >= d) {
            return new Projection(normalise, mean, null);
        }
        Projection centred = new Projection(normalise, mean, null);
        double[][] cov = covariance(rows, centred, d, workers);
        return new Projection(normalise, mean, topEigenvectors(cov, components, seed));
    }

    private static double[][] covariance(float[][] rows, Projection centred, int d, Workers workers) {
        int n = rows.length;
        int block = (n + BLOCKS - 1) / BLOCKS;
        double[][] partial = new double[BLOCKS][];
        workers.forChunks(BLOCKS, 1, (from, to) -> {
            for (int b = from; b < to; b++) {
                // One array per row of the upper triangle, indexed like x: the JIT then vectorises the update.
                double[][] c = new double[d][d];
                for (int i = b * block; i < Math.min(n, (b + 1) * block); i++) {
                    double[] x = centred.apply(rows[i]);
                    for (int a = 0; a < d; a++) {
                        double xa = x[a];
                        double[] row = c[a];
                        for (int k = a; k < d; k++) {
                            row[k] += xa * x[k];
                        }
                    }
                }
                double[] flat = new double[d * d];
                for (int a = 0; a < d; a++) {
                    System.arraycopy(c[a], 0, flat, a * d, d);
                }
                partial[b] = flat;
            }
        });
        double[][] cov = new double[d][d];
        for (double[] c : partial) {
            for (int a = 0; a < d; a++) {
                for (int k = a; k < d; k++) {
                    cov[a][k] += c[a * d + k] / n;
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int k = 0; k < a; k++) {
                cov[a][k] = cov[k][a];
            }
        }
        return cov;
    }

    /** Top eigenvectors of a symmetric matrix as rows, each signed so its largest-magnitude entry is positive. */
    static double[][] topEigenvectors(double[][] cov, int components, long seed) {
        int d = cov.length;
        int m = Math.min(d, components + OVERSAMPLE);
        Random random = new Random(seed);
        double[][] q = new double[m][d];
        for (double[] v : q) {
            for (int k = 0; k < d; k++) {
                v[k] = random.nextGaussian();
            }
        }
        orthonormalise(q);
        for (int it = 0; it < ITERATIONS; it++) {
            for (int c = 0; c < m; c++) {
                q[c] = multiply(cov, q[c]);
            }
            orthonormalise(q);
        }
        double[][] cq = new double[m][];
        for (int c = 0; c < m; c++) {
            cq[c] = multiply(cov, q[c]);
        }
        double[][] t = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                t[a][b] = dot(q[a], cq[b]);
            }
        }
        double[][] vectors = SymmetricEigen.decompose(t)[1];
        double[][] out = new double[components][d];
        for (int c = 0; c < components; c++) {
            for (int a = 0; a < m; a++) {
                double coefficient = vectors[a][c];
                for (int k = 0; k < d; k++) {
                    out[c][k] += coefficient * q[a][k];
                }
            }
            fixSign(out[c]);
        }
        return out;
    }

    private static void fixSign(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (Math.abs(v[k]) > Math.abs(v[best])) {
                best = k;
            }
        }
        if (v[best] < 0) {
            for (int k = 0; k < v.length; k++) {
                v[k] = -v[k];
            }
        }
    }

    private static double[] multiply(double[][] matrix, double[] v) {
        double[] out = new double[v.length];
        for (int r = 0; r < matrix.length; r++) {
            out[r] = dot(matrix[r], v);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    /** Modified Gram-Schmidt over the rows; a row that vanishes (rank-deficient input) is replaced by a unit axis. */
    private static void orthonormalise(double[][] q) {
        int d = q[0].length;
        for (int c = 0; c < q.length; c++) {
            double norm = project(q, c);
            for (int axis = 0; norm < 1e-9 && axis < d; axis++) {
                java.util.Arrays.fill(q[c], 0);
                q[c][axis] = 1;
                norm = project(q, c);
                norm = norm > 0.5 ? norm : 0;
            }
            for (int k = 0; k < d; k++) {
                q[c][k] /= norm;
            }
        }
    }

    /** Removes from row c its components along rows 0..c-1 (twice, for stability); returns the remaining norm. */
    private static double project(double[][] q, int c) {
        for (int pass = 0; pass < 2; pass++) {
            for (int p = 0; p < c; p++) {
                double proj = dot(q[c], q[p]);
                for (int k = 0; k < q[c].length; k++) {
                    q[c][k] -= proj * q[p][k];
                }
            }
        }
        return Math.sqrt(dot(q[c], q[c]));
    }
}
