package org.routerdc.workbench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;

class EvaluatorTest {
    private static QueryRow row(double... scores) {
        return new QueryRow("r", "q", null, QueryRow.NO_CLUSTER, scores, null);
    }

    // LLMs a, b, c; hand-computed below.
    private static final List<QueryRow> ROWS = List.of(row(0.9, 0.0, 0.2), row(0.0, 0.6, 0.3), row(0.0, 0.0, 0.4), row(0.0, 0.0, 0.0));

    @Test
    void binaryDatasetCountsPositiveScoresAsSolved() {
        ScoreTable table = new ScoreTable("t", null, Metric.BINARY, List.of("a", "b", "c"), ROWS);
        DatasetReport report = Evaluator.report(table, new int[]{0, 2, 1, 0}, new int[]{2, 2, 2, 2});
        assertThat(report.router()).isCloseTo(50.0, within(1e-9));      // rows 0, 1 solved
        assertThat(report.oracle()).isCloseTo(75.0, within(1e-9));      // row 3 unsolvable
        assertThat(report.perLlm()).containsEntry("a", 25.0).containsEntry("b", 25.0).containsEntry("c", 75.0);
        assertThat(report.bestSingle()).isEqualTo(75.0);
        assertThat(report.bestSingleLlm()).isEqualTo("c");
        assertThat(report.random()).isCloseTo(125.0 / 3, within(1e-9));
        assertThat(report.knn()).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void gradedDatasetCountsTheScoreItself() {
        ScoreTable table = new ScoreTable("t", null, Metric.GRADED, List.of("a", "b", "c"), ROWS);
        DatasetReport report = Evaluator.report(table, new int[]{0, 2, 1, 0}, null);
        assertThat(report.router()).isCloseTo(100 * (0.9 + 0.3) / 4, within(1e-9));
        assertThat(report.oracle()).isCloseTo(100 * (0.9 + 0.6 + 0.4) / 4, within(1e-9));
        assertThat(report.knn()).isNaN();
    }

    @Test
    void averageBestSingleIsOneLlmAcrossAllDatasets() {
        ScoreTable first = new ScoreTable("x", null, Metric.BINARY, List.of("a", "b"),
                List.of(row(1, 0), row(1, 0)));
        ScoreTable second = new ScoreTable("y", null, Metric.BINARY, List.of("a", "b"),
                List.of(row(0, 1), row(1, 1)));
        EvaluationReport report = Evaluator.evaluate(List.of(first, second),
                List.of(new int[]{0, 0}, new int[]{1, 1}), null);
        // a: 100 and 50 -> 75; b: 0 and 100 -> 50. Per-dataset best singles average 100, the one best LLM only 75.
        assertThat(report.bestSingleLlm()).isEqualTo("a");
        assertThat(report.averageBestSingle()).isCloseTo(75.0, within(1e-9));
        assertThat(report.averageRouter()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void knnRoutesToTheBestLlmOfTheNearestTrainingQueries() {
        float[][] train = {{1, 0}, {0.9f, 0.1f}, {0, 1}};
        double[][] scores = {{1, 0}, {1, 0}, {0, 1}};
        KnnRouter knn = new KnnRouter(train, scores, 2);
        assertThat(knn.route(new float[]{1, 0})).isEqualTo(0);
        assertThat(knn.nearest(new float[]{0, 1})).containsExactly(2, 1);
        assertThat(new KnnRouter(train, scores, 1).route(new float[]{0.1f, 0.99f})).isEqualTo(1);
    }

    @Test
    void clusterBaselineAndBestPerDatasetAreReportedBesideTheRouter() {
        ScoreTable first = new ScoreTable("x", null, Metric.BINARY, List.of("a", "b"),
                List.of(row(1, 0), row(1, 0)));
        ScoreTable second = new ScoreTable("y", null, Metric.BINARY, List.of("a", "b"),
                List.of(row(0, 1), row(1, 1)));
        EvaluationReport report = Evaluator.evaluate(List.of(first, second),
                List.of(new int[]{0, 0}, new int[]{0, 0}), null, List.of(new int[]{1, 0}, new int[]{1, 1}));
        // cluster: x 1 of 2 solved = 50, y both = 100 -> 75; best per dataset: a on x (100), b on y (100) -> 100
        assertThat(report.datasets().get(0).cluster()).isCloseTo(50.0, within(1e-9));
        assertThat(report.datasets().get(1).cluster()).isCloseTo(100.0, within(1e-9));
        assertThat(report.averageCluster()).isCloseTo(75.0, within(1e-9));
        assertThat(report.datasets().get(1).bestPerDataset()).isCloseTo(100.0, within(1e-9));
        assertThat(report.averageBestPerDataset()).isCloseTo(100.0, within(1e-9));
        assertThat(report.averageRouter()).isCloseTo(75.0, within(1e-9));
        assertThat(Evaluator.evaluate(List.of(first), List.of(new int[]{0, 0}), null).averageCluster()).isNaN();
    }

    @Test
    void clusterRouterMixesTheNearestClustersOfEveryTable() {
        ClusterTable table = new ClusterTable(new float[][]{{1, 0}, {0, 1}, {-1, 0}},
                new double[][]{{0.9, 0.1}, {0.2, 0.6}, {0.0, 0.4}});
        float[] query = {0.8f, 0.5f}; // nearest (1,0), then (0,1), then (-1,0)
        assertThat(table.nearest(query, 3)).containsExactly(0, 1, 2);
        assertThat(new ClusterRouter(List.of(table), 1).expected(query)).containsExactly(0.9, 0.1);
        assertThat(new ClusterRouter(List.of(table), 2).expected(query)[1]).isCloseTo(0.35, within(1e-12));
        assertThat(new ClusterRouter(List.of(table), 1).route(query)).isEqualTo(0);
        ClusterTable other = new ClusterTable(new float[][]{{1, 1}}, new double[][]{{0.1, 0.9}});
        // two tables averaged: a = (0.9 + 0.1) / 2 = 0.5, b = (0.1 + 0.9) / 2 = 0.5; a tie goes to the first LLM
        ClusterRouter both = new ClusterRouter(List.of(table, other), 1);
        assertThat(both.expected(query)[0]).isCloseTo(0.5, within(1e-12));
        assertThat(both.route(new float[][]{query, {-1, 0}})).containsExactly(0, 1);
    }
}
