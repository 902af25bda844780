package org.routerdc.workbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.eval.ClusterRouter;
import org.routerdc.workbench.eval.ClusterTable;
import org.routerdc.workbench.train.TrainingData;

class ClusterFitTest {
    /** Two tight groups: near (1,0) LLM a solves, near (0,1) LLM b does; a graded and a binary dataset. */
    private static TrainingData twoGroups() {
        float[][] e = {{1, 0}, {0.99f, 0.1f}, {0.98f, -0.1f}, {0, 1}, {0.1f, 0.99f}, {-0.1f, 0.98f}};
        double[][] s = {{0.8, 0.2}, {0.6, 0.0}, {0.7, 0.1}, {0.0, 0.3}, {0.0, 0.9}, {0.2, 0.5}};
        return new TrainingData(e, s, null, new int[]{0, 0, 1, 1, 1, 1}, List.of("g", "b"),
                List.of(Metric.GRADED, Metric.BINARY), List.of("a", "b"));
    }

    @Test
    void eachClustersExpectedScoreIsItsRowsMeanCreditWithDatasetsWeighingTheSame() {
        TrainingData data = twoGroups();
        ClusterTable table = ClusterFit.table(data, Targets.of(data), new int[]{0, 1, 2, 3, 4, 5}, 2, 7);
        int first = table.nearest(new float[]{1, 0}, 1)[0];
        // rows 0, 1 (graded, weight 1/4 each) and row 2 (binary: credits 1, 1; weight 1/8):
        // a = (0.8/4 + 0.6/4 + 1/8) / (5/8) = 0.76; b = (0.2/4 + 0 + 1/8) / (5/8) = 0.28
        assertThat(table.expected()[first][0]).isCloseTo(0.76, within(1e-9));
        assertThat(table.expected()[first][1]).isCloseTo(0.28, within(1e-9));
        int second = table.nearest(new float[]{0, 1}, 1)[0];
        // rows 3, 4, 5, all binary: a credits 0, 0, 1; b credits 1, 1, 1
        assertThat(table.expected()[second]).containsExactly(1.0 / 3, 1.0);
        ClusterRouter router = ClusterFit.fit(data, 2, 1, 7);
        assertThat(router.tables()).hasSize(ClusterFit.TABLES);
        assertThat(router.route(new float[][]{{1, 0.05f}, {0.05f, 1}})).containsExactly(0, 1);
    }

    @Test
    void theMultiScalePriorAveragesTheNearestClusterOfEveryScale() {
        TrainingData data = twoGroups();
        ClusterRouter prior = ClusterFit.fitMultiScale(data, new int[]{1, 2}, 7);
        assertThat(prior.tables()).extracting(ClusterTable::clusters)
                .containsExactly(1, 1, 1, 2, 2, 2).hasSize(2 * ClusterFit.TABLES);
        assertThat(prior.mix()).isEqualTo(1);
        // k = 1: every row, datasets weighing the same: a = (0.8/4 + 0.6/4 + (1 + 0 + 0 + 1)/8) = 0.6,
        // b = (0.2/4 + 0/4 + (1 + 1 + 1 + 1)/8) = 0.55; k = 2 near (1, 0): a = 0.76, b = 0.28 (test above)
        double[] expected = prior.expected(new float[]{1, 0});
        assertThat(expected[0]).isCloseTo((0.6 + 0.76) / 2, within(1e-9));
        assertThat(expected[1]).isCloseTo((0.55 + 0.28) / 2, within(1e-9));
    }

    @Test
    void crossValidationGivesTheBaselineAndEveryScaleThePriorMayAverage() {
        TrainingData data = org.routerdc.workbench.train.SyntheticTasks.generate(400, 8, 3, 4, 0.5, 2);
        Folds folds = Folds.stratified(data.datasetIndex(), 5, 3);
        ClusterFit.Choice choice = ClusterFit.chooseByCrossValidation(data, folds, 3);
        // 320 rows per fold's training part: k = 4, 8, 16 and 32 leave at least 10 rows per cluster; k = 1 always
        assertThat(choice.scales()).extracting(ClusterFit.Scale::clusters).containsExactly(1, 4, 8, 16, 32);
        assertThat(choice.clusters()).isIn(4, 8, 16, 32);
        // k = 1: a held-out row gets the mean credit of the other folds' rows
        Targets targets = Targets.of(data);
        int row = folds.heldOut(2)[0];
        assertThat(choice.scales().getFirst().outOfFold()[row])
                .containsExactly(targets.mean(folds.trainedOn(2), new double[4]), within(1e-12));
        for (ClusterFit.Scale scale : choice.scales()) {
            assertThat(scale.outOfFold()).hasNumberOfRows(data.size());
            for (double[] expected : scale.outOfFold()) {
                assertThat(expected).hasSize(4);
            }
        }
    }

    @Test
    void priorCandidatesGoFromTheOverallMeanToEveryScale() {
        List<ClusterFit.Scale> scales = java.util.stream.IntStream.of(1, 4, 8, 16)
                .mapToObj(k -> new ClusterFit.Scale(k, new double[][]{{k, 0}})).toList();
        assertThat(ClusterFit.priorCandidates(scales))
                .extracting(set -> set.stream().map(ClusterFit.Scale::clusters).toList())
                .containsExactly(List.of(1), List.of(1, 4), List.of(1, 4, 8), List.of(1, 4, 8, 16), List.of(4, 8, 16));
        assertThat(ClusterFit.average(scales.subList(1, 4))[0]).containsExactly(new double[]{(4 + 8 + 16) / 3.0, 0}, within(1e-12));
    }

    @Test
    void crossValidationNeedsEnoughRowsPerCluster() {
        assertThat(ClusterFit.feasibleClusterCounts(39)).isEmpty();
        assertThat(ClusterFit.feasibleClusterCounts(80)).containsExactly(4, 8);
        assertThat(ClusterFit.chooseByCrossValidation(twoGroups(), Folds.stratified(new int[]{0, 0, 1, 1, 1, 1}, 2, 1), 1))
                .isNull();
    }
}
