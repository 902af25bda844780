package org.routerdc.workbench.app.training;

import java.util.List;
import java.util.Map;

/**
 * A run as stored in {@code runs/<id>/run.json}: its settings, downsampled curves, final metrics and router.
 *
 * @param losses     rows {step, total, sample-LLM, sample-sample}
 * @param canResume  whether a checkpoint exists to continue from
 * @param foldEvaluations a cross-validated run's held-out accuracy per fold and step (null in records from before)
 */
public record RunRecord(String id, String name, String startedAt, Map<String, String> settings, List<String> trainFiles,
                        RunStatus status, String message, String device, double[][] losses,
                        List<RunCurves.Evaluation> evaluations, Double bestAverage, Integer bestStep, String routerPath,
                        boolean canResume, List<RunCurves.FoldEvaluation> foldEvaluations) {
}
