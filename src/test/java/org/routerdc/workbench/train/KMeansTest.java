package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KMeansTest {

    /** Three tight blobs around orthogonal unit directions in 16-d, rows interleaved. */
    private static float[][] blobs(int perBlob, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[][] points = new float[3 * perBlob][16];
        for (int i = 0; i < points.length; i++) {
            points[i][i % 3] = 1;
            for (int j = 0; j < 16; j++) {
                points[i][j] += (float) (0.05 * random.nextGaussian());
            }
        }
        return points;
    }

    @Test
    void recoversSeparableBlobs() {
        float[][] points = blobs(50, 1);
        int[] assignment = KMeans.cluster(points, 3, 42).assignment();
        Map<Integer, Integer> blobToCluster = new HashMap<>();
        for (int i = 0; i < points.length; i++) {
            Integer previous = blobToCluster.putIfAbsent(i % 3, assignment[i]);
            assertThat(previous == null ? assignment[i] : previous).isEqualTo(assignment[i]);
        }
        assertThat(blobToCluster.values()).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void sameSeedSameClusters() {
        float[][] points = blobs(40, 2);
        assertThat(KMeans.cluster(points, 5, 9).assignment()).isEqualTo(KMeans.cluster(points, 5, 9).assignment());
    }

    @Test
    void neverMoreClustersThanPoints() {
        float[][] points = {{1, 0}, {0, 1}};
        assertThat(KMeans.cluster(points, 8, 1).centroids()).hasNumberOfRows(2);
    }
}
