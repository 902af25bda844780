package org.routerdc.workbench.curve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.route.CostAwareRouting;

/**
 * Sweeps the willingness to pay λ and measures the router at each value: quality (accuracy, percent) and mean
 * realised cost per query, each averaged over datasets as {@code eval}'s average is.
 */
public final class CostQualityCurve {
    public static final int DEFAULT_POINTS = 40;
    /** Closeness under which two qualities count as equal (float noise in averages). */
    private static final double QUALITY_TOLERANCE = 1e-9;

    private CostQualityCurve() {
    }

    public static CurveReport compute(CurveInput input, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("--points must be at least 2, not " + points);
        }
        List<CurvePoint> curve = new ArrayList<>();
        double[] grid = lambdaGrid(input, points);
        for (double lambda : grid) {
            curve.add(at(input, lambda));
        }
        List<SinglePoint> singles = singles(input);
        List<CostQuality> hull = Hull.nonDecreasing(curve.stream().map(CurvePoint::position).toList());
        List<CostQuality> zeroHull = Hull.nonDecreasing(singles.stream().map(SinglePoint::position).toList());
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (CostQuality p : concat(curve.stream().map(CurvePoint::position).toList(), singles.stream().map(SinglePoint::position).toList())) {
            low = Math.min(low, p.cost());
            high = Math.max(high, p.cost());
        }
        CurveReport partial = new CurveReport(curve, hull, Hull.aiq(hull, low, high), Hull.aiq(zeroHull, low, high), singles,
                oracle(input), null, low, high, null);
        return new CurveReport(curve, hull, partial.aiq(), partial.zeroRouterAiq(), singles, partial.oracle(),
                costSaved(hull, partial.bestSingle()), low, high, clusterBaseline(input, grid, low, high));
    }

    /** The cluster baseline at each λ of {@code grid}, its hull and AIQ over [low, high]; null when there is none. */
    static BaselineCurve clusterBaseline(CurveInput input, double[] grid, double low, double high) {
        CurveInput cluster = input.clusterBaseline();
        if (cluster == null) {
            return null;
        }
        List<CurvePoint> points = new ArrayList<>();
        for (double lambda : grid) {
            points.add(at(cluster, lambda));
        }
        List<CostQuality> hull = Hull.nonDecreasing(points.stream().map(CurvePoint::position).toList());
        return new BaselineCurve(points, hull, Hull.aiq(hull, low, high));
    }

    /** Each row's chosen LLM at λ, one array per dataset. */
    public static int[][] choices(CurveInput input, double lambda) {
        double[] costs = input.predictedCosts();
        int[][] choices = new int[input.datasets().size()][];
        for (int d = 0; d < choices.length; d++) {
            RoutedDataset dataset = input.datasets().get(d);
            choices[d] = new int[dataset.size()];
            for (int i = 0; i < dataset.size(); i++) {
                choices[d][i] = CostAwareRouting.choose(dataset.expected()[i], costs, lambda);
            }
        }
        return choices;
    }

    /** The router at λ. */
    public static CurvePoint at(CurveInput input, double lambda) {
        return measure(input, lambda, choices(input, lambda));
    }

    /** Quality, cost and shares of given choices (one array per dataset). */
    public static CurvePoint measure(CurveInput input, double lambda, int[][] choices) {
        int llms = input.llms().size();
        long[] calls = new long[llms];
        double quality = 0, cost = 0;
        int counted = 0;
        for (int d = 0; d < choices.length; d++) {
            RoutedDataset dataset = input.datasets().get(d);
            if (dataset.size() == 0) {
                continue;
            }
            double credit = 0, spent = 0;
            for (int i = 0; i < dataset.size(); i++) {
                int t = choices[d][i];
                credit += dataset.credits()[i][t];
                spent += dataset.costs()[i][t];
                calls[t]++;
            }
            quality += 100 * credit / dataset.size();
            cost += spent / dataset.size();
            counted++;
        }
        long total = java.util.Arrays.stream(calls).sum();
        Map<String, Double> share = new LinkedHashMap<>();
        for (int t = 0; t < llms; t++) {
            share.put(input.llms().get(t), total == 0 ? 0 : (double) calls[t] / total);
        }
        return new CurvePoint(lambda, cost / counted, quality / counted, share);
    }

    /**
     * 0, then {@code points − 1} values spaced evenly in log from the first λ at which some query changes LLM to the
     * first at which every query goes to the cheapest LLM (just past it).
     */
    public static double[] lambdaGrid(CurveInput input, int points) {
        double[] costs = input.predictedCosts();
        int cheapest = 0;
        for (int t = 1; t < costs.length; t++) {
            cheapest = costs[t] < costs[cheapest] ? t : cheapest;
        }
        double first = Double.POSITIVE_INFINITY, last = 0;
        for (RoutedDataset dataset : input.datasets()) {
            for (double[] expected : dataset.expected()) {
                int atZero = CostAwareRouting.choose(expected, costs, 0);
                for (int t = 0; t < costs.length; t++) {
                    if (costs[t] < costs[atZero]) {
                        double change = (expected[atZero] - expected[t]) / (costs[atZero] - costs[t]);
                        if (change > 0) {
                            first = Math.min(first, change);
                        }
                    }
                    if (costs[t] > costs[cheapest]) {
                        last = Math.max(last, (expected[t] - expected[cheapest]) / (costs[t] - costs[cheapest]));
                    }
                }
            }
        }
        double[] grid = new double[points];
        if (last <= 0) { // the cheapest LLM already wins every query: any λ > 0 shows the same
            last = 1;
        }
        last *= 1 + 1e-6;
        if (!(first < last)) {
            first = last * 1e-3;
        }
        for (int k = 1; k < points; k++) {
            grid[k] = points == 2 ? last : first * Math.pow(last / first, (k - 1.0) / (points - 2));
        }
        return grid;
    }

    /** Every LLM answering every query. */
    public static List<SinglePoint> singles(CurveInput input) {
        List<SinglePoint> singles = new ArrayList<>();
        for (int t = 0; t < input.llms().size(); t++) {
            int[][] choices = new int[input.datasets().size()][];
            for (int d = 0; d < choices.length; d++) {
                choices[d] = new int[input.datasets().get(d).size()];
                java.util.Arrays.fill(choices[d], t);
            }
            CurvePoint point = measure(input, Double.NaN, choices);
            singles.add(new SinglePoint(input.llms().get(t), point.cost(), point.quality()));
        }
        return singles;
    }

    /** Each query to an LLM earning its best credit, the cheapest of those. */
    public static CostQuality oracle(CurveInput input) {
        int[][] choices = new int[input.datasets().size()][];
        for (int d = 0; d < choices.length; d++) {
            RoutedDataset dataset = input.datasets().get(d);
            choices[d] = new int[dataset.size()];
            for (int i = 0; i < dataset.size(); i++) {
                double[] credits = dataset.credits()[i];
                double[] costs = dataset.costs()[i];
                int best = 0;
                for (int t = 1; t < credits.length; t++) {
                    if (credits[t] > credits[best] || credits[t] == credits[best] && costs[t] < costs[best]) {
                        best = t;
                    }
                }
                choices[d][i] = best;
            }
        }
        return measure(input, Double.NaN, choices).position();
    }

    /** Percent of the best single LLM's cost saved by the cheapest hull point at least as good; null if none is. */
    static Double costSaved(List<CostQuality> hull, SinglePoint best) {
        for (CostQuality point : hull) { // sorted by cost
            if (point.quality() >= best.quality() - QUALITY_TOLERANCE) {
                return best.cost() > 0 ? 100 * (best.cost() - point.cost()) / best.cost() : null;
            }
        }
        return null;
    }

    private static List<CostQuality> concat(List<CostQuality> a, List<CostQuality> b) {
        List<CostQuality> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
