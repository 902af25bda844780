package org.routerdc.workbench.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.data.QueryRow;

/**
 * A 3-LLM toy table worked by hand. A costs 1, B 2, C 4 per query; four binary rows:
 * r1 all right, r2 B and C right, r3 only C, r4 none. Expected scores (the router's belief) per row:
 * r1 (.9 .9 .95), r2 (.2 .8 .9), r3 (.1 .3 .9), r4 (.1 .2 .3).
 * Choices by λ: r1 C until 1/60 then A; r2 C until .05, B until .6, then A; r3 C until 4/15 then A;
 * r4 C until .05, B until .1, then A. Points: λ=0 (4, 75); (3.25, 75); (2.25, 75); (2, 75); (1.25, 50); (1, 25).
 */
public class CostQualityCurveTest {
    private static final List<String> LLMS = List.of("A", "B", "C");
    private static final double[] PRICES = {1, 2, 4};

    public static CurveInput toy() {
        double[][] expected = {{.9, .9, .95}, {.2, .8, .9}, {.1, .3, .9}, {.1, .2, .3}};
        double[][] credits = {{1, 1, 1}, {0, 1, 1}, {0, 0, 1}, {0, 0, 0}};
        double[][] costs = {PRICES, PRICES, PRICES, PRICES};
        List<QueryRow> rows = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> new QueryRow("r" + (i + 1), "q" + i, null, QueryRow.NO_CLUSTER, credits[i], PRICES)).toList();
        return new CurveInput(LLMS, PRICES, List.of(new RoutedDataset("toy", rows, expected, costs, credits, 0)));
    }

    @Test
    void hullOfTheSinglesAndItsAiqByHand() {
        List<CostQuality> hull = Hull.nonDecreasing(List.of(new CostQuality(4, 75), new CostQuality(1, 25),
                new CostQuality(2, 50), new CostQuality(3, 40), new CostQuality(5, 60)));
        // (3, 40) and (5, 60) are dearer and no better than a hull point; (2, 50) lies above the line (1,25)-(4,75)
        assertThat(hull).containsExactly(new CostQuality(1, 25), new CostQuality(2, 50), new CostQuality(4, 75));
        assertThat(Hull.aiq(hull, 1, 4)).isCloseTo((37.5 + 125) / 3, within(1e-12));
        // extended flat to the right, nothing counted left of the first point
        assertThat(Hull.aiq(hull, 0, 5)).isCloseTo((37.5 + 125 + 75) / 5, within(1e-12));
        // a point under the chord is dropped
        assertThat(Hull.nonDecreasing(List.of(new CostQuality(1, 25), new CostQuality(2, 40), new CostQuality(4, 85))))
                .containsExactly(new CostQuality(1, 25), new CostQuality(4, 85));
    }

    @Test
    void theToyCurveItsHullAiqAndSavingsByHand() {
        CurveReport report = CostQualityCurve.compute(toy(), 40);

        assertThat(report.points().getFirst().lambda()).isZero();
        assertThat(report.points().getFirst().position()).isEqualTo(new CostQuality(4, 75));
        assertThat(report.points().get(1).lambda()).isCloseTo(0.05 / 3, within(1e-12));
        assertThat(report.points().getLast().lambda()).isCloseTo(0.6, within(1e-5));
        assertThat(report.points().getLast().position()).isEqualTo(new CostQuality(1, 25));
        assertThat(report.points().getLast().share()).containsEntry("A", 1.0);
        assertThat(report.points()).extracting(CurvePoint::position).contains(new CostQuality(3.25, 75),
                new CostQuality(2.25, 75), new CostQuality(2, 75), new CostQuality(1.25, 50));

        assertThat(report.hull()).containsExactly(new CostQuality(1, 25), new CostQuality(1.25, 50), new CostQuality(2, 75));
        assertThat(report.costLow()).isEqualTo(1);
        assertThat(report.costHigh()).isEqualTo(4);
        assertThat(report.aiq()).isCloseTo((0.25 * 37.5 + 0.75 * 62.5 + 2 * 75) / 3, within(1e-9)); // 68.75
        assertThat(report.zeroRouterAiq()).isCloseTo((37.5 + 125) / 3, within(1e-9));             // 54.17
        assertThat(report.singles()).extracting(SinglePoint::position)
                .containsExactly(new CostQuality(1, 25), new CostQuality(2, 50), new CostQuality(4, 75));
        assertThat(report.oracle()).isEqualTo(new CostQuality(2, 75)); // r1 to A, the cheapest right answer
        assertThat(report.bestSingle().llm()).isEqualTo("C");
        assertThat(report.costSavedAtBestSingle()).isCloseTo(50.0, within(1e-9));
    }

    /**
     * The toy with a cluster baseline: r1, r2 in cluster X with mean training scores (.5 .9 1), r3, r4 in cluster Y
     * with (.1 .2 .6). X goes to C until λ .05, B until .4, then A; Y to C until 1/6, then A. Points: (4, 75) below
     * .05, (3, 75) to 1/6, (1.5, 50) to .4, (1, 25) after.
     */
    public static CurveInput toyWithClusters() {
        RoutedDataset plain = toy().datasets().getFirst();
        double[] x = {.5, .9, 1}, y = {.1, .2, .6};
        return new CurveInput(LLMS, PRICES, List.of(new RoutedDataset("toy", plain.rows(), plain.expected(), plain.costs(),
                plain.credits(), 0, new double[][]{x, x, y, y})));
    }

    @Test
    void theClusterBaselinesCurveOverTheSameLambdasItsHullAndAiqByHand() {
        CurveReport report = CostQualityCurve.compute(toyWithClusters(), 40);
        BaselineCurve cluster = report.cluster();

        assertThat(cluster.points()).extracting(CurvePoint::lambda)
                .containsExactlyElementsOf(report.points().stream().map(CurvePoint::lambda).toList());
        assertThat(cluster.points()).extracting(CurvePoint::position).containsOnly(new CostQuality(4, 75),
                new CostQuality(3, 75), new CostQuality(1.5, 50), new CostQuality(1, 25));
        assertThat(CostQualityCurve.at(toyWithClusters().clusterBaseline(), 0.1).share())
                .containsExactly(java.util.Map.entry("A", 0.0), java.util.Map.entry("B", 0.5), java.util.Map.entry("C", 0.5));
        assertThat(cluster.hull()).containsExactly(new CostQuality(1, 25), new CostQuality(1.5, 50), new CostQuality(3, 75));
        // over the router's range [1, 4]: 0.5·37.5 + 1.5·62.5 + 1·75 (flat) = 187.5
        assertThat(cluster.aiq()).isCloseTo(187.5 / 3, within(1e-9));
        // the router's own figures do not change
        assertThat(report.aiq()).isCloseTo((0.25 * 37.5 + 0.75 * 62.5 + 2 * 75) / 3, within(1e-9));
        assertThat(CostQualityCurve.compute(toy(), 40).cluster()).isNull();
    }

    @Test
    void sharesAtOneLambda() {
        CurvePoint point = CostQualityCurve.at(toy(), 0.2);
        assertThat(point.position()).isEqualTo(new CostQuality(2, 75));
        assertThat(point.share()).containsExactly(java.util.Map.entry("A", 0.5), java.util.Map.entry("B", 0.25),
                java.util.Map.entry("C", 0.25));
    }

    @Test
    void noSavingWhenNoHullPointReachesTheBestSingle() {
        List<CostQuality> hull = List.of(new CostQuality(1, 25), new CostQuality(2, 60));
        assertThat(CostQualityCurve.costSaved(hull, new SinglePoint("C", 4, 75))).isNull();
    }
}
