package org.routerdc.workbench.tsne;

/**
 * FIt-SNE's interpolation-based repulsion (Linderman et al., 2019). The square around the layout is cut into
 * boxes with three equispaced interpolation nodes per side; the charges 1, x, y, x²+y² of every point are spread to
 * the nodes by Lagrange weights, convolved with the squared Cauchy kernel by FFT (the node grid is equispaced, so the
 * kernel matrix is Toeplitz), and gathered back. With kernel K = w², Σ_j K·(1 + |y_i − y_j|²) = Σ_j w_ij gives Z.
 */
final class FftRepulsion implements Repulsion {
    private static final int NODES = 3;
    private static final int MIN_BOXES = 20;
    private static final int CHUNK = 512;

    private final Workers workers;
    private final double maxBoxWidth;
    private final FftGrid grid = new FftGrid();

    FftRepulsion(Workers workers, double maxBoxWidth) {
        this.workers = workers;
        this.maxBoxWidth = maxBoxWidth;
    }

    /** Smallest power-of-two transform length whose node grid (3 nodes per box, doubled for linear convolution) fits. */
    static int transformLength(double range, double maxBoxWidth) {
        int needed = Math.max(MIN_BOXES, (int) Math.ceil(range / maxBoxWidth));
        int length = 64;
        while (2 * NODES * needed - 1 > length) {
            length *= 2;
        }
        return length;
    }

    @Override
    public double compute(double[] y, double[] force) {
        int n = y.length / 2;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = Math.max(max - min, 1e-9) * (1 + 1e-9);
        int length = transformLength(range, maxBoxWidth);
        int boxes = (length + 1) / (2 * NODES);
        int nodesPerSide = boxes * NODES;
        double boxWidth = range / boxes;
        double spacing = boxWidth / NODES;

        int[] node = new int[n];
        double[] weights = new double[n * 2 * NODES];
        double lo = min;
        workers.forChunks(n, CHUNK, (from, to) -> {
            for (int i = from; i < to; i++) {
                int bx = box((y[2 * i] - lo) / boxWidth, boxes);
                int by = box((y[2 * i + 1] - lo) / boxWidth, boxes);
                lagrange((y[2 * i] - lo) / boxWidth - bx, weights, i * 2 * NODES);
                lagrange((y[2 * i + 1] - lo) / boxWidth - by, weights, i * 2 * NODES + NODES);
                node[i] = bx * NODES * length + by * NODES;
            }
        });
        grid.prepare(length, nodesPerSide, spacing, workers);
        spread(y, node, weights, length);
        grid.convolve(workers);
        return gather(y, node, weights, length, force);
    }

    private static int box(double position, int boxes) {
        return Math.min(boxes - 1, Math.max(0, (int) position));
    }

    /** Lagrange weights of the three nodes at 1/6, 1/2, 5/6 of a box, at relative position t. */
    static void lagrange(double t, double[] out, int offset) {
        double a = t - 1.0 / 6;
        double b = t - 0.5;
        double c = t - 5.0 / 6;
        out[offset] = b * c * 4.5;
        out[offset + 1] = -a * c * 9.0;
        out[offset + 2] = a * b * 4.5;
    }

    /** Sequential on purpose: scattering in a fixed order keeps sums bit-identical run to run. */
    private void spread(double[] y, int[] node, double[] weights, int length) {
        double[] aRe = grid.aRe;
        double[] aIm = grid.aIm;
        double[] bRe = grid.bRe;
        double[] bIm = grid.bIm;
        for (int i = 0; i < node.length; i++) {
            double x = y[2 * i];
            double v = y[2 * i + 1];
            double sq = x * x + v * v;
            int w = i * 2 * NODES;
            for (int p = 0; p < NODES; p++) {
                int row = node[i] + p * length;
                for (int q = 0; q < NODES; q++) {
                    double weight = weights[w + p] * weights[w + NODES + q];
                    int g = row + q;
                    aRe[g] += weight;
                    aIm[g] += weight * x;
                    bRe[g] += weight * v;
                    bIm[g] += weight * sq;
                }
            }
        }
    }

    private double gather(double[] y, int[] node, double[] weights, int length, double[] force) {
        double[] aRe = grid.aRe;
        double[] aIm = grid.aIm;
        double[] bRe = grid.bRe;
        double[] bIm = grid.bIm;
        int n = node.length;
        double sum = workers.sumChunks(n, CHUNK, (from, to) -> {
            double z = 0;
            for (int i = from; i < to; i++) {
                double phi0 = 0, phi1 = 0, phi2 = 0, phi3 = 0;
                int w = i * 2 * NODES;
                for (int p = 0; p < NODES; p++) {
                    int row = node[i] + p * length;
                    for (int q = 0; q < NODES; q++) {
                        double weight = weights[w + p] * weights[w + NODES + q];
                        int g = row + q;
                        phi0 += weight * aRe[g];
                        phi1 += weight * aIm[g];
                        phi2 += weight * bRe[g];
                        phi3 += weight * bIm[g];
                    }
                }
                double x = y[2 * i];
                double v = y[2 * i + 1];
                force[2 * i] = x * phi0 - phi1;
                force[2 * i + 1] = v * phi0 - phi2;
                z += (1 + x * x + v * v) * phi0 - 2 * (x * phi1 + v * phi2) + phi3;
            }
            return z;
        });
        return sum - n;
    }
}
