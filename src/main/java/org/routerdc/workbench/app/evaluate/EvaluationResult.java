package org.routerdc.workbench.app.evaluate;

import org.routerdc.workbench.curve.CurveInput;
import org.routerdc.workbench.curve.CurveReport;
import org.routerdc.workbench.eval.EvaluationReport;

/** What one evaluation of a router on the test datasets produced: the baselines' table, the curve and its input. */
public record EvaluationResult(String routerName, EvaluationReport accuracy, CurveInput input, CurveReport curve) {
}
