package org.routerdc.workbench.tsne;

import java.util.Arrays;

/**
 * The node grid of {@link FftRepulsion}: two complex grids carry the four charges (1 + i·x and y + i·(x²+y²)),
 * which works because the kernel is real, and one grid holds the kernel's spectrum. Buffers are reused while
 * the transform length stays the same.
 */
final class FftGrid {
    double[] aRe;
    double[] aIm;
    double[] bRe;
    double[] bIm;
    private double[] kRe;
    private double[] kIm;
    private Fft fft;
    private int nodesPerSide;

    void prepare(int length, int nodesPerSide, double spacing, Workers workers) {
        if (fft == null || fft.size() != length) {
            fft = new Fft(length);
            int cells = length * length;
            aRe = new double[cells];
            aIm = new double[cells];
            bRe = new double[cells];
            bIm = new double[cells];
            kRe = new double[cells];
            kIm = new double[cells];
        } else {
            Arrays.fill(aRe, 0);
            Arrays.fill(aIm, 0);
            Arrays.fill(bRe, 0);
            Arrays.fill(bIm, 0);
            Arrays.fill(kRe, 0);
            Arrays.fill(kIm, 0);
        }
        this.nodesPerSide = nodesPerSide;
        fillKernel(length, nodesPerSide, spacing);
        fft.transform2d(kRe, kIm, false, length, workers);
    }

    /** Squared Cauchy kernel at every node offset, wrapped circularly so the FFT gives a linear convolution. */
    private void fillKernel(int length, int nodesPerSide, double spacing) {
        double h2 = spacing * spacing;
        for (int dx = 0; dx < nodesPerSide; dx++) {
            for (int dy = 0; dy < nodesPerSide; dy++) {
                double w = 1.0 / (1.0 + h2 * ((double) dx * dx + (double) dy * dy));
                double k = w * w;
                int rx = (length - dx) % length;
                int ry = (length - dy) % length;
                kRe[dx * length + dy] = k;
                kRe[rx * length + dy] = k;
                kRe[dx * length + ry] = k;
                kRe[rx * length + ry] = k;
            }
        }
    }

    /** Replaces the charge grids by their convolution with the kernel. */
    void convolve(Workers workers) {
        fft.transform2d(aRe, aIm, false, nodesPerSide, workers);
        fft.transform2d(bRe, bIm, false, nodesPerSide, workers);
        // The kernel is real and even, so its spectrum is real: multiply both parts by it (and by the inverse's 1/L²).
        double scale = 1.0 / ((double) fft.size() * fft.size());
        workers.forChunks(kRe.length, 1 << 14, (from, to) -> {
            for (int i = from; i < to; i++) {
                double k = kRe[i] * scale;
                aRe[i] *= k;
                aIm[i] *= k;
                bRe[i] *= k;
                bIm[i] *= k;
            }
        });
        fft.transform2d(aRe, aIm, true, nodesPerSide, workers);
        fft.transform2d(bRe, bIm, true, nodesPerSide, workers);
    }
}
