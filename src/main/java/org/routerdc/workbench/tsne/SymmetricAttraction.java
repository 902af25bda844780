package org.routerdc.workbench.tsne;

import java.util.Arrays;

/**
 * {@link AttractiveForces} for the optimiser, using P's symmetry: each pair i < j is visited once and its force is
 * added to i and subtracted from j, halving the kernel evaluations. Rows are cut into {@link #STRIPES} ranges of equal
 * upper-triangle work, each scattering into its own buffer, and the buffers are summed in stripe order, so the
 * result does not depend on the thread count.
 */
final class SymmetricAttraction {
    static final int STRIPES = 8;
    private static final int CHUNK = 4096;

    private final int n;
    private final int[] start;
    private final int[] cols;
    private final double[] vals;
    private final int[] stripeStart;
    private final double[][] buffers;

    SymmetricAttraction(SparseAffinities p) {
        n = p.n();
        start = new int[n + 1];
        int[] all = p.rowStart();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            for (int e = all[i]; e < all[i + 1]; e++) {
                kept += p.columns()[e] > i ? 1 : 0;
            }
        }
        cols = new int[kept];
        vals = new double[kept];
        int w = 0;
        for (int i = 0; i < n; i++) {
            start[i] = w;
            for (int e = all[i]; e < all[i + 1]; e++) {
                if (p.columns()[e] > i) {
                    cols[w] = p.columns()[e];
                    vals[w++] = p.values()[e];
                }
            }
        }
        start[n] = w;
        stripeStart = new int[STRIPES + 1];
        for (int s = 1, i = 0; s < STRIPES; s++) {
            while (i < n && start[i] < (long) kept * s / STRIPES) {
                i++;
            }
            stripeStart[s] = i;
        }
        stripeStart[STRIPES] = n;
        buffers = new double[STRIPES][2 * n];
    }

    /** Same contract as {@link AttractiveForces#compute}. */
    double compute(double[] y, double exaggeration, double[] force, boolean withKl, Workers workers) {
        double logSum = workers.sumChunks(STRIPES, 1, (from, to) -> {
            double sum = 0;
            for (int s = from; s < to; s++) {
                sum += stripe(s, y, withKl);
            }
            return sum;
        });
        workers.forChunks(2 * n, CHUNK, (from, to) -> {
            for (int c = from; c < to; c++) {
                double f = 0;
                for (double[] buffer : buffers) {
                    f += buffer[c];
                }
                force[c] = exaggeration * f;
            }
        });
        return 2 * logSum;
    }

    private double stripe(int s, double[] y, boolean withKl) {
        double[] buffer = buffers[s];
        Arrays.fill(buffer, 0);
        double logSum = 0;
        for (int i = stripeStart[s]; i < stripeStart[s + 1]; i++) {
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
                buffer[2 * j] -= pw * dx;
                buffer[2 * j + 1] -= pw * dy;
                if (withKl) {
                    logSum += vals[e] * Math.log(w);
                }
            }
            buffer[2 * i] += fx;
            buffer[2 * i + 1] += fy;
        }
        return logSum;
    }
}
