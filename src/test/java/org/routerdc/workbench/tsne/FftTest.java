package org.routerdc.workbench.tsne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FftTest {
    @Test
    void twoDimensionalTransformMatchesTheDefinitionAndInvertsOnLiveRows() {
        int size = 8;
        int live = 3; // rows at and beyond this index are zero, as in the padded charge grids
        Random r = new Random(3);
        double[] re = new double[size * size];
        double[] im = new double[size * size];
        for (int i = 0; i < live * size; i++) {
            re[i] = r.nextGaussian();
            im[i] = r.nextGaussian();
        }
        double[] re0 = re.clone();
        double[] im0 = im.clone();
        Fft fft = new Fft(size);
        try (Workers workers = new Workers(2)) {
            fft.transform2d(re, im, false, live, workers);
            for (int u = 0; u < size; u++) {
                for (int v = 0; v < size; v++) {
                    double sr = 0, si = 0;
                    for (int x = 0; x < size; x++) {
                        for (int y = 0; y < size; y++) {
                            double angle = -2 * Math.PI * ((double) u * x + (double) v * y) / size;
                            double c = Math.cos(angle), s = Math.sin(angle);
                            sr += re0[x * size + y] * c - im0[x * size + y] * s;
                            si += re0[x * size + y] * s + im0[x * size + y] * c;
                        }
                    }
                    // output is transposed: frequency (u, v) sits at [v][u]
                    assertThat(re[v * size + u]).isCloseTo(sr, offset(1e-9));
                    assertThat(im[v * size + u]).isCloseTo(si, offset(1e-9));
                }
            }
            fft.transform2d(re, im, true, live, workers);
        }
        for (int i = 0; i < live * size; i++) {
            assertThat(re[i] / (size * size)).isCloseTo(re0[i], offset(1e-12));
            assertThat(im[i] / (size * size)).isCloseTo(im0[i], offset(1e-12));
        }
    }
}
