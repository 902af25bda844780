package org.routerdc.workbench.app.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.routerdc.workbench.curve.CostQualityCurve;
import org.routerdc.workbench.curve.CurveInput;
import org.routerdc.workbench.curve.CurvePoint;
import org.routerdc.workbench.curve.RoutedDataset;

/**
 * The router at one λ: its point on the plane and every test query's outcome. The slider's position s in [0, 1]
 * maps to λ = 0 at s = 0, else log-linearly between the curve's first and last positive λ.
 */
public record OperatingPoint(CurvePoint point, List<QueryOutcome> outcomes) {
    public static double lambdaAt(double position, double[] grid) {
        if (position <= 0 || grid.length < 2) {
            return 0;
        }
        double first = grid[1], last = grid[grid.length - 1];
        return first * Math.pow(last / first, Math.min(position, 1));
    }

    public static OperatingPoint at(CurveInput input, double lambda) {
        int[][] choices = CostQualityCurve.choices(input, lambda);
        CurvePoint point = CostQualityCurve.measure(input, lambda, choices);
        List<QueryOutcome> outcomes = new ArrayList<>(input.rows());
        for (int d = 0; d < choices.length; d++) {
            RoutedDataset dataset = input.datasets().get(d);
            for (int i = 0; i < dataset.size(); i++) {
                int t = choices[d][i];
                double[] credits = dataset.credits()[i];
                double best = credits[0];
                for (double credit : credits) {
                    best = Math.max(best, credit);
                }
                outcomes.add(new QueryOutcome(dataset.rows().get(i).text(), dataset.name(), input.llms().get(t),
                        credits[t], best, best - credits[t], dataset.costs()[i][t]));
            }
        }
        return new OperatingPoint(point, outcomes);
    }
}
