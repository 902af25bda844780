package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.data.Metric;

class TrainingDataTest {
    private static TrainingData threeRows(int[] clusters) {
        return new TrainingData(new float[][] {{1, 0}, {0, 1}, {1, 1}}, new double[][] {{1, 0}, {0, 1}, {1, 1}},
                clusters, new int[] {0, 0, 1}, List.of("a", "b"), List.of(Metric.BINARY, Metric.GRADED), List.of("x", "y"));
    }

    @Test
    void capRepeatsSmallDatasetsAndTruncatesLargeOnesInOrder() {
        TrainingData capped = threeRows(null).capPerDataset(3);
        assertThat(capped.datasetIndex()).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(capped.embeddings()[2]).containsExactly(1, 0); // dataset a: rows 0, 1, 0
        assertThat(threeRows(null).capPerDataset(1).datasetIndex()).containsExactly(0, 1);
        assertThat(threeRows(null).capPerDataset(0).size()).isEqualTo(3);
    }

    @Test
    void clusterIdsCountOnlyWhenEveryRowHasOne() {
        assertThat(threeRows(null).hasAllClusterIds()).isFalse();
        assertThat(threeRows(new int[] {0, -1, 1}).hasAllClusterIds()).isFalse();
        assertThat(threeRows(new int[] {0, 2, 1}).hasAllClusterIds()).isTrue();
    }

    @Test
    void rejectsInconsistentShapesWithTheRow() {
        assertThatThrownBy(() -> new TrainingData(new float[][] {{1, 0}, {1}}, new double[][] {{1}, {1}}, null,
                new int[] {0, 0}, List.of("a"), List.of(Metric.BINARY), List.of("x")))
                .hasMessageContaining("row 1");
        assertThatThrownBy(() -> new TrainingData(new float[][] {{1, 0}}, new double[][] {{1}}, null,
                new int[] {3}, List.of("a"), List.of(Metric.BINARY), List.of("x")))
                .hasMessageContaining("dataset index 3");
    }

    @Test
    void deviceChoiceFallsBackToCpuWithAReason() {
        assertThat(DeviceChoice.resolve(TrainingDevice.AUTO, 0, "2.7.1").message())
                .isEqualTo("No CUDA device found (PyTorch CPU build); training on CPU");
        assertThat(DeviceChoice.resolve(TrainingDevice.GPU, 0, "2.7.1").warning()).isTrue();
        assertThat(DeviceChoice.resolve(TrainingDevice.GPU, 1, "2.7.1").device().isGpu()).isTrue();
        assertThat(DeviceChoice.resolve(TrainingDevice.AUTO, 2, "2.7.1").message()).isNull();
        assertThat(DeviceChoice.resolve(TrainingDevice.CPU, 2, "2.7.1").device().isGpu()).isFalse();
    }
}
