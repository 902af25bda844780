package org.routerdc.workbench.app.embeddings;

import org.junit.jupiter.api.Test;
import org.routerdc.workbench.route.TrainingIndex;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.TrainedRouter;
import org.routerdc.workbench.train.TrainingConfig;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** On a router whose head is the identity (zero weights: h(x) = x), so routing is the nearest LLM vector by angle. */
class EmbeddingMapDataTest {
    private static final TrainedRouter IDENTITY = new TrainedRouter(List.of("a", "b"),
            new RouterWeights(new float[][]{{0, 0}}, new float[]{0}, new float[][]{{0}, {0}}, new float[]{0, 0},
                    new float[][]{{2, 0}, {0, 3}}), 1, TrainingConfig.defaults(), null);
    private static final TrainingIndex INDEX = new TrainingIndex(
            new float[][]{{1, 0}, {0.9f, 0.1f}, {0, 1}, {0.1f, 0.9f}},
            new double[][]{{1, 0}, {0, 1}, {0, 1}, {1, 0}},
            List.of("q1", "q2", "q3", "q4"), List.of("math", "code", "math", "code"));

    @Test
    void rawSpaceMarkersSitAtTheMeanOfTheQueriesRoutedToEachLlm() {
        EmbeddingMapData data = EmbeddingMapData.of(IDENTITY, INDEX, MapSpace.RAW);
        assertThat(data.rows()).hasNumberOfRows(4);
        assertThat(data.routed()).containsExactly(0, 0, 1, 1);
        assertThat(data.best()).containsExactly(0, 1, 1, 0);
        List<MapModel.Marker> markers = data.markers(new double[][]{{0, 0}, {2, 0}, {10, 10}, {12, 10}});
        assertThat(markers).containsExactly(new MapModel.Marker("a", 1, 0), new MapModel.Marker("b", 11, 10));
    }

    @Test
    void routerSpaceAddsTheNormalisedLlmVectorsAsRowsAndMarkersComeFromThem() {
        EmbeddingMapData data = EmbeddingMapData.of(IDENTITY, INDEX, MapSpace.ROUTER);
        assertThat(data.rows()).hasNumberOfRows(6);
        assertThat(data.queryCount()).isEqualTo(4);
        assertThat(data.rows()[4]).containsExactly(1, 0);
        assertThat(data.rows()[5]).containsExactly(0, 1);
        double[][] layout = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {7, 8}, {9, 10}};
        assertThat(data.markers(layout)).containsExactly(new MapModel.Marker("a", 7, 8), new MapModel.Marker("b", 9, 10));

        MapModel byDataset = data.model(layout, ColourBy.DATASET);
        assertThat(byDataset.size()).isEqualTo(4);
        assertThat(byDataset.category()).containsExactly(0, 1, 0, 1);
        assertThat(byDataset.categoryNames()).containsExactly("math", "code");
        assertThat(data.model(layout, ColourBy.BEST_LLM).categoryNames()).containsExactly("a", "b");
        assertThat(data.model(layout, ColourBy.CLUSTER).categoryNames()).hasSize(4);
    }
}
