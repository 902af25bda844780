package org.routerdc.workbench.tsne;

/**
 * Optimises new points against a fixed reference map. Each new point is independent: it starts at the
 * affinity-weighted median of its reference neighbours' positions; its affinities p_{j|i} to
 * its reference neighbours (row-normalised), q_{j|i} = w_ij / Σ_j w_ij over all reference points, and the gradient
 * Σ_j (p_{j|i} − q_{j|i}) w_ij (y_i − y_j) moves the new point only.
 */
final class Placement {
    private Placement() {
    }

    static double[] placeOne(TsneModel model, double[] reduced, PlacementConfig config) {
        double[] ref = model.layout();
        int n = ref.length / 2;
        Neighbours nb = KnnGraph.bruteForce(model.points(), reduced, config.neighbours(n), -1);
        double[] d2 = new double[nb.distances().length];
        for (int j = 0; j < d2.length; j++) {
            d2[j] = nb.distances()[j] * nb.distances()[j];
        }
        double[] p = d2.length > 1 && config.perplexity() < d2.length
                ? PerplexityCalibration.conditional(d2, config.perplexity())
                : uniform(d2.length);
        double[] pos = {weightedMedian(ref, nb.indices(), p, 0), weightedMedian(ref, nb.indices(), p, 1)};
        double[] update = new double[2];
        double[] gains = {1, 1};
        for (int it = 0; it < config.iterations(); it++) {
            double[] grad = gradient(pos, ref, nb.indices(), p);
            double norm = Math.hypot(grad[0], grad[1]);
            if (norm > config.maxGradientNorm()) {
                grad[0] *= config.maxGradientNorm() / norm;
                grad[1] *= config.maxGradientNorm() / norm;
            }
            for (int c = 0; c < 2; c++) {
                gains[c] = update[c] * grad[c] < 0 ? gains[c] + 0.2 : Math.max(0.01, gains[c] * 0.8);
                update[c] = config.momentum() * update[c] - config.learningRate() * gains[c] * grad[c];
                pos[c] += update[c];
            }
        }
        return pos;
    }

    private static double[] gradient(double[] pos, double[] ref, int[] neighbours, double[] p) {
        int n = ref.length / 2;
        double z = 0, rx = 0, ry = 0;
        for (int j = 0; j < n; j++) {
            double dx = pos[0] - ref[2 * j];
            double dy = pos[1] - ref[2 * j + 1];
            double w = 1.0 / (1.0 + dx * dx + dy * dy);
            z += w;
            rx += w * w * dx;
            ry += w * w * dy;
        }
        double ax = 0, ay = 0;
        for (int t = 0; t < neighbours.length; t++) {
            int j = neighbours[t];
            double dx = pos[0] - ref[2 * j];
            double dy = pos[1] - ref[2 * j + 1];
            double w = 1.0 / (1.0 + dx * dx + dy * dy);
            ax += p[t] * w * dx;
            ay += p[t] * w * dy;
        }
        return new double[]{ax - rx / z, ay - ry / z};
    }

    /**
     * Affinity-weighted median of the neighbours' coordinate {@code axis}: unlike the mean, it does not start a point
     * in the empty space between two clusters that both hold some of its neighbours (openTSNE starts at the median).
     */
    static double weightedMedian(double[] ref, int[] neighbours, double[] p, int axis) {
        Integer[] order = new Integer[neighbours.length];
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ref[2 * neighbours[a] + axis], ref[2 * neighbours[b] + axis]));
        double cumulative = 0;
        for (int t : order) {
            cumulative += p[t];
            if (cumulative >= 0.5) {
                return ref[2 * neighbours[t] + axis];
            }
        }
        return ref[2 * neighbours[order[order.length - 1]] + axis];
    }

    private static double[] uniform(int k) {
        double[] p = new double[k];
        java.util.Arrays.fill(p, 1.0 / k);
        return p;
    }
}
