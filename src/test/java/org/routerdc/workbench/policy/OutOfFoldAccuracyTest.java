package org.routerdc.workbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.train.TrainingData;

class OutOfFoldAccuracyTest {
    /** A graded dataset of 3 rows and a binary one of 2, LLMs a and b. */
    private static TrainingData data() {
        float[][] e = {{1, 0}, {1, 0}, {1, 0}, {0, 1}, {0, 1}};
        double[][] s = {{1.0, 0.0}, {0.5, 0.5}, {0.0, 1.0}, {1, 0}, {0, 1}};
        return new TrainingData(e, s, null, new int[]{0, 0, 0, 1, 1}, List.of("g", "b"),
                List.of(Metric.GRADED, Metric.BINARY), List.of("a", "b"));
    }

    @Test
    void accuracyAveragesTheDatasets() {
        // always a: graded (1 + 0.5 + 0) / 3 = 50 %, binary 1 of 2 = 50 %; a on the graded rows, b on the binary: 50, 0
        assertThat(OutOfFoldAccuracy.ofChoices(data(), new int[]{0, 0, 0, 0, 0})).isCloseTo(50, within(1e-9));
        assertThat(OutOfFoldAccuracy.ofChoices(data(), new int[]{0, 1, 0, 1, 0})).isCloseTo((50 + 0) / 2.0, within(1e-9));
    }

    @Test
    void standardErrorOfAPairedDifferenceWeighsTheDatasetsAsTheAccuracyDoes() {
        // always a against always b: graded differences 1, 0, -1 (sample variance 1, over 3 rows: 1/3); binary 1, -1
        // (sample variance 2, over 2 rows: 1); the mean of two datasets: 100 * sqrt(1/3 + 1) / 2
        double se = OutOfFoldAccuracy.standardErrorOfDifference(data(), new int[]{0, 0, 0, 0, 0}, new int[]{1, 1, 1, 1, 1});
        assertThat(se).isCloseTo(100 * Math.sqrt(1.0 / 3 + 1) / 2, within(1e-9));
        // the same choices differ by nothing
        assertThat(OutOfFoldAccuracy.standardErrorOfDifference(data(), new int[]{0, 1, 0, 1, 0}, new int[]{0, 1, 0, 1, 0})).isZero();
    }
}
