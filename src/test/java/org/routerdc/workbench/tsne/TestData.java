package org.routerdc.workbench.tsne;

import java.util.Random;

/** Synthetic inputs for the t-SNE tests. */
final class TestData {
    private TestData() {
    }

    /**
     * {@code clusters} groups of {@code perCluster} points in {@code dim} dimensions: each group is a 2-D Gaussian
     * sheet in its own random plane around a far-away centre, plus small isotropic noise, so local neighbourhoods
     * are meaningful (a 2-D map can keep them). Row i belongs to cluster i / perCluster.
     */
    static float[][] sheets(int clusters, int perCluster, int dim, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[clusters * perCluster][dim];
        for (int c = 0; c < clusters; c++) {
            double[] centre = gaussian(r, dim, 10);
            double[] u = gaussian(r, dim, 1 / Math.sqrt(dim));
            double[] v = gaussian(r, dim, 1 / Math.sqrt(dim));
            for (int i = 0; i < perCluster; i++) {
                double a = r.nextGaussian();
                double b = r.nextGaussian();
                float[] row = x[c * perCluster + i];
                for (int k = 0; k < dim; k++) {
                    row[k] = (float) (centre[k] + a * u[k] + b * v[k] + 0.02 * r.nextGaussian());
                }
            }
        }
        return x;
    }

    static double[] gaussian(Random r, int dim, double scale) {
        double[] v = new double[dim];
        for (int k = 0; k < dim; k++) {
            v[k] = scale * r.nextGaussian();
        }
        return v;
    }

    /** A random 2-D layout of n points in clumps, flat [x0, y0, ...]. */
    static double[] clumpyLayout(int n, double spread, long seed) {
        Random r = new Random(seed);
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            int c = r.nextInt(6);
            y[2 * i] = spread * (c + 0.3 * r.nextGaussian());
            y[2 * i + 1] = spread * ((c % 3) + 0.3 * r.nextGaussian());
        }
        return y;
    }

    /** Fast settings for tests: fewer iterations, everything else reference. */
    static TsneConfig quick() {
        return TsneConfig.defaults().withExaggeration(12, 100).withIterations(200);
    }
}
