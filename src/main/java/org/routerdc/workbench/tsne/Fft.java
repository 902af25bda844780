package org.routerdc.workbench.tsne;

/**
 * Radix-2 complex FFT on separate real and imaginary arrays, and a 2-D transform of an L×L grid done as
 * row transforms, a transpose and row transforms again. The 2-D result is left transposed: a product of two
 * transformed grids is still element-wise, and the inverse transposes back. Twiddles are stored per stage
 * (stage with half-length h at [h, 2h)), so the inner loop reads them contiguously.
 */
final class Fft {
    private final int size;
    private final int[] bitReverse;
    private final double[] twRe;
    private final double[] twIm;

    Fft(int size) {
        if (Integer.bitCount(size) != 1 || size < 2) {
            throw new IllegalArgumentException("FFT size must be a power of two, got " + size);
        }
        this.size = size;
        int bits = Integer.numberOfTrailingZeros(size);
        bitReverse = new int[size];
        for (int i = 0; i < size; i++) {
            bitReverse[i] = Integer.reverse(i) >>> (32 - bits);
        }
        twRe = new double[size];
        twIm = new double[size];
        for (int half = 1; half < size; half <<= 1) {
            for (int k = 0; k < half; k++) {
                double angle = -Math.PI * k / half;
                twRe[half + k] = Math.cos(angle);
                twIm[half + k] = Math.sin(angle);
            }
        }
    }

    int size() {
        return size;
    }

    /** In-place transform of one row starting at {@code offset}; inverse is unscaled. */
    void transform(double[] re, double[] im, int offset, boolean inverse) {
        for (int i = 0; i < size; i++) {
            int j = bitReverse[i];
            if (j > i) {
                swap(re, offset + i, offset + j);
                swap(im, offset + i, offset + j);
            }
        }
        double sign = inverse ? -1 : 1;
        for (int a = offset; a < offset + size; a += 2) { // first stage: twiddle 1
            double tr = re[a + 1];
            double ti = im[a + 1];
            re[a + 1] = re[a] - tr;
            im[a + 1] = im[a] - ti;
            re[a] += tr;
            im[a] += ti;
        }
        for (int half = 2; half < size; half <<= 1) {
            for (int start = offset; start < offset + size; start += 2 * half) {
                for (int k = 0; k < half; k++) {
                    double wr = twRe[half + k];
                    double wi = sign * twIm[half + k];
                    int a = start + k;
                    int b = a + half;
                    double tr = wr * re[b] - wi * im[b];
                    double ti = wr * im[b] + wi * re[b];
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    /**
     * 2-D transform of an L×L row-major grid; the output is transposed (see class comment) and the inverse is
     * unscaled. Only rows [0, live) matter: a forward transform's input must be zero in the other rows, and an
     * inverse leaves garbage there; both skip their row transforms.
     */
    void transform2d(double[] re, double[] im, boolean inverse, int live, Workers workers) {
        rows(re, im, inverse, inverse ? size : live, workers);
        transpose(re);
        transpose(im);
        rows(re, im, inverse, inverse ? live : size, workers);
    }

    private void rows(double[] re, double[] im, boolean inverse, int count, Workers workers) {
        workers.forChunks(count, 16, (from, to) -> {
            for (int r = from; r < to; r++) {
                transform(re, im, r * size, inverse);
            }
        });
    }

    private void transpose(double[] a) {
        int block = 32;
        for (int bi = 0; bi < size; bi += block) {
            for (int bj = bi; bj < size; bj += block) {
                for (int i = bi; i < Math.min(size, bi + block); i++) {
                    for (int j = Math.max(bj, i + 1); j < Math.min(size, bj + block); j++) {
                        swap(a, i * size + j, j * size + i);
                    }
                }
            }
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
