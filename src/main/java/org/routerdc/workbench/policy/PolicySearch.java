package org.routerdc.workbench.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.routerdc.workbench.eval.ClusterRouter;
import org.routerdc.workbench.eval.KnnRouter;
import org.routerdc.workbench.files.AtomicFiles;
import org.routerdc.workbench.train.RouterTrainer;
import org.routerdc.workbench.train.TrainedRouter;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingListener;

/**
 * Chooses everything around the RouterDC head by k-fold cross-validation on the training rows only: the number of
 * steps (each fold's head picks its best step on its held-out fold), the cluster baseline's k and mix, the calibration
 * of head scores into expected scores, and the weights of the head and of a linear probe in the mix with the cluster
 * prior.
 */
public final class PolicySearch {
    public static final int FOLDS = 5;
    private static final double[] ALPHA_GRID_ASCENDING = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    private static final double[] PROBE_GRID_ASCENDING = {0.0, 0.1, 0.2, 0.3, 0.4};

    /**
     * @param steps       steps for the final run on every row
     * @param calibration per LLM, fitted on the folds' out-of-fold head scores
     * @param cluster     the cluster baseline fitted on every row (null when the data allowed none)
     */
    public record Result(int steps, double alpha, List<IsotonicCalibration> calibration, ClusterRouter cluster,
                         ClusterRouter prior, LinearProbe probe, double probeWeight, IsotonicCalibration output,
                         CrossValidationReport report) {
        public RoutingPolicy policy() {
            return new RoutingPolicy(alpha, calibration, cluster, prior, probe, probeWeight, output, false);
        }
    }

    private PolicySearch() {
    }

    /** Why cross-validation cannot run on this data, or null when it can. */
    public static String whyNot(TrainingData data) {
        if (data.size() < 2 * FOLDS) {
            return data.size() + " training rows are too few for " + FOLDS + "-fold cross-validation";
        }
        if (Targets.of(data).allTie()) {
            return "every LLM scores the same on every training row, so there is nothing to choose between them";
        }
        return null;
    }

    /** Runs the search; returns null when cancelled. Fold runs report their held-out evaluations and a log line each. */
    public static Result run(TrainingData data, TrainingConfig config, TrainingListener listener,
                             BooleanSupplier cancelled) throws IOException {
        Folds folds = Folds.stratified(data.datasetIndex(), FOLDS, config.seed());
        Targets targets = Targets.of(data);
        log(listener, "cross-validation: " + FOLDS + " folds over " + data.size() + " training rows (test files are never used)");
        ClusterFit.Choice clusterChoice = ClusterFit.chooseByCrossValidation(data, folds, config.seed());
        if (clusterChoice == null) {
            listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.WARNING,
                    "too few training rows for a cluster table: the router uses its head alone"));
        } else {
            log(listener, String.format(java.util.Locale.ROOT, "cluster baseline: k = %d, mix of the %d nearest (out-of-fold %.2f)",
                    clusterChoice.clusters(), clusterChoice.mix(), clusterChoice.cvAccuracy()));
        }
        double[][] headScores = new double[data.size()][];
        int[] bestSteps = new int[FOLDS];
        Path scratch = Files.createTempDirectory("routerdc-cv-");
        try {
            for (int fold = 0; fold < FOLDS; fold++) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                int[] held = folds.heldOut(fold);
                int done = fold;
                listener.onEvent(new TrainingEvent.Progress("cross-validation", fold, FOLDS, 0, 0));
                TrainedRouter router = RouterTrainer.train(data.select(folds.trainedOn(fold)), data.select(held), config,
                        scratch.resolve("fold-" + fold), event -> forwardFoldEvent(listener, event, done), cancelled);
                bestSteps[fold] = Math.max(router.metrics().bestStep(), config.evalEvery());
                for (int i : held) {
                    headScores[i] = router.scores(data.embeddings()[i]);
                }
                log(listener, String.format(java.util.Locale.ROOT, "cross-validation fold %d/%d: best step %d, held-out accuracy %.2f",
                        fold + 1, FOLDS, router.metrics().bestStep(), router.metrics().bestAverage()));
            }
            listener.onEvent(new TrainingEvent.Progress("cross-validation", FOLDS, FOLDS, 0, 0));
        } finally {
            AtomicFiles.deleteQuietly(scratch);
        }
        List<IsotonicCalibration> calibration = calibrate(headScores, targets);
        double[][] calibrated = new double[data.size()][];
        for (int i = 0; i < calibrated.length; i++) {
            calibrated[i] = new double[targets.llms()];
            for (int t = 0; t < targets.llms(); t++) {
                calibrated[i][t] = calibration.get(t).apply(headScores[i][t]);
            }
        }
        double headAccuracy = OutOfFoldAccuracy.of(data, calibrated);
        List<ProbeFit.Strength> probes = clusterChoice == null ? List.of() : ProbeFit.outOfFold(data, folds);
        Candidate chosen = choose(data, calibrated, clusterChoice == null ? List.of()
                : ClusterFit.priorCandidates(clusterChoice.scales()), probes, listener);
        double alpha = chosen.alpha();
        double probeWeight = chosen.probeWeight();
        double best = chosen.accuracy();
        List<ClusterFit.Scale> priorScales = chosen.scales();
        double[][] priorOutOfFold = priorScales == null ? null : ClusterFit.average(priorScales);
        double priorAccuracy = Double.NaN;
        if (priorOutOfFold != null) {
            priorAccuracy = OutOfFoldAccuracy.of(data, priorOutOfFold);
            log(listener, String.format(java.util.Locale.ROOT, "router prior: k = %s averaged (out-of-fold %.2f alone)",
                    priorScales.stream().map(scale -> String.valueOf(scale.clusters())).toList(), priorAccuracy));
        }
        double probeAccuracy = probes.stream().mapToDouble(strength -> OutOfFoldAccuracy.of(data, strength.outOfFold()))
                .max().orElse(Double.NaN);
        if (chosen.probe() != null) {
            probeAccuracy = OutOfFoldAccuracy.of(data, chosen.probe().outOfFold());
            log(listener, String.format(java.util.Locale.ROOT, "linear probe: ridge %.4f, weight %.1f (out-of-fold %.2f alone)",
                    chosen.probe().ridge(), probeWeight, probeAccuracy));
        }
        double[][] chosenMix = priorOutOfFold == null ? calibrated : mix(calibrated, chosen.probeOutOfFold(),
                priorOutOfFold, alpha, probeWeight);
        IsotonicCalibration output = calibratePooled(chosenMix, targets);
        int steps = median(bestSteps);
        ClusterRouter cluster = clusterChoice == null ? null
                : ClusterFit.fit(data, clusterChoice.clusters(), clusterChoice.mix(), config.seed());
        ClusterRouter prior = priorScales == null ? null : ClusterFit.fitMultiScale(data,
                priorScales.stream().mapToInt(ClusterFit.Scale::clusters).toArray(), config.seed());
        LinearProbe probe = chosen.probe() == null ? null : ProbeFit.fit(data, chosen.probe().ridge());
        CrossValidationReport report = new CrossValidationReport(best, headAccuracy,
                clusterChoice == null ? Double.NaN : clusterChoice.cvAccuracy(), knn(data, folds),
                bestSingle(data, folds, targets), FOLDS, steps, alpha,
                clusterChoice == null ? 0 : clusterChoice.clusters(), clusterChoice == null ? 0 : clusterChoice.mix(),
                priorAccuracy, probeAccuracy, probeWeight);
        log(listener, String.format(java.util.Locale.ROOT,
                "cross-validation (out-of-fold, training rows): router %.2f (head weight %.1f, probe weight %.1f), head alone %.2f, "
                        + "prior alone %.2f, probe alone %.2f, cluster %.2f, kNN %.2f, best single %.2f; final run: %d steps on every row",
                report.router(), alpha, probeWeight, report.head(), report.prior(), report.probe(), report.cluster(),
                report.knn(), report.bestSingle(), steps));
        return new Result(steps, alpha, calibration, cluster, prior, probe, probeWeight, output, report);
    }

    /**
     * One way to route: a prior (null: none) mixed with the calibrated head at weight alpha and a linear probe (null:
     * none) at its weight, and its out-of-fold figures.
     */
    private record Candidate(List<ClusterFit.Scale> scales, double alpha, ProbeFit.Strength probe, double probeWeight,
                             int[] choices, double accuracy) {
        double[][] probeOutOfFold() {
            return probe == null ? null : probe.outOfFold();
        }

        String describe() {
            if (alpha == 1) {
                return "head alone";
            }
            String described = "cluster prior k = " + scales.stream().map(scale -> String.valueOf(scale.clusters())).toList();
            if (probe != null) {
                described = String.format(java.util.Locale.ROOT, "probe weight %.1f (ridge %.4f) with %s", probeWeight, probe.ridge(), described);
            }
            return alpha == 0 ? described : String.format(java.util.Locale.ROOT, "head weight %.1f, %s", alpha, described);
        }
    }

    /**
     * The simplest way to route whose out-of-fold accuracy is within one standard error of the best (the one-SE rule):
     * the folds' accuracies are noisy, and a more complex rule that is not clearly better transfers worse. Simplest
     * first: a prior alone, coarse scales first (k = 1 alone is the best single LLM), then the probe mixed in with
     * growing weight (strongest ridge first), then the head with growing weight, then the head alone.
     */
    private static Candidate choose(TrainingData data, double[][] calibrated, List<List<ClusterFit.Scale>> priors,
                                    List<ProbeFit.Strength> probes, TrainingListener listener) {
        List<Candidate> candidates = new ArrayList<>();
        List<double[][]> priorOutOfFold = priors.stream().map(ClusterFit::average).toList();
        for (double a : ALPHA_GRID_ASCENDING) {
            if (a == 1) {
                break;
            }
            for (double b : PROBE_GRID_ASCENDING) {
                if (a + b > 1 - 1e-9 || (b > 0 && probes.isEmpty())) {
                    break;
                }
                List<ProbeFit.Strength> strengths = b == 0 ? java.util.Collections.singletonList(null) : probes;
                for (ProbeFit.Strength probe : strengths) {
                    for (int p = 0; p < priors.size(); p++) {
                        candidates.add(candidate(data, priors.get(p), a, probe, b, mix(calibrated,
                                probe == null ? null : probe.outOfFold(), priorOutOfFold.get(p), a, b)));
                    }
                }
            }
        }
        candidates.add(candidate(data, null, 1, null, 0, calibrated));
        Candidate best = candidates.getFirst();
        for (Candidate c : candidates) {
            if (c.accuracy() > best.accuracy() + 1e-9) {
                best = c;
            }
        }
        for (Candidate c : candidates) {
            double standardError = OutOfFoldAccuracy.standardErrorOfDifference(data, best.choices(), c.choices());
            if (c.accuracy() >= best.accuracy() - standardError - 1e-9) {
                if (c != best) {
                    log(listener, String.format(java.util.Locale.ROOT,
                            "policy: %s (out-of-fold %.2f) is within one standard error (%.2f) of the best, %s (%.2f), and simpler",
                            c.describe(), c.accuracy(), standardError, best.describe(), best.accuracy()));
                }
                return c;
            }
        }
        return best;
    }

    private static Candidate candidate(TrainingData data, List<ClusterFit.Scale> scales, double alpha,
                                       ProbeFit.Strength probe, double probeWeight, double[][] expected) {
        int[] choices = OutOfFoldAccuracy.choices(expected);
        return new Candidate(alpha == 1 ? null : scales, alpha, probe, probeWeight, choices,
                OutOfFoldAccuracy.ofChoices(data, choices));
    }

    /**
     * The policy of a run whose checkpoint was chosen another way (the paper's selection, a split, fine-tuning): the
     * head decides; its calibration is fitted on the training rows themselves (in-sample, so optimistic) and the
     * cluster baseline is still chosen by cross-validation, for evaluation. Null when the data allows neither.
     */
    public static RoutingPolicy forHeadDecisions(TrainingData data, TrainedRouter router, long seed) {
        double[][] headScores = new double[data.size()][];
        for (int i = 0; i < headScores.length; i++) {
            headScores[i] = router.scores(data.embeddings()[i]);
        }
        ClusterRouter cluster = null;
        if (whyNot(data) == null) {
            ClusterFit.Choice choice = ClusterFit.chooseByCrossValidation(data, Folds.stratified(data.datasetIndex(), FOLDS, seed), seed);
            cluster = choice == null ? null : ClusterFit.fit(data, choice.clusters(), choice.mix(), seed);
        }
        return new RoutingPolicy(1, calibrate(headScores, Targets.of(data)), cluster, null, null, 0, null, true);
    }

    /** Calibration per LLM from head scores to observed credit, over rows that have a head score. */
    static List<IsotonicCalibration> calibrate(double[][] headScores, Targets targets) {
        List<IsotonicCalibration> calibration = new ArrayList<>();
        int n = headScores.length;
        for (int t = 0; t < targets.llms(); t++) {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = headScores[i][t];
                y[i] = targets.credit()[i][t];
            }
            calibration.add(IsotonicCalibration.fit(x, y, targets.weight()));
        }
        return calibration;
    }

    /** One map for all LLMs from predicted to observed credit. */
    static IsotonicCalibration calibratePooled(double[][] predicted, Targets targets) {
        int llms = targets.llms();
        int n = predicted.length;
        double[] x = new double[n * llms];
        double[] y = new double[n * llms];
        double[] w = new double[n * llms];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < llms; t++) {
                x[i * llms + t] = predicted[i][t];
                y[i * llms + t] = targets.credit()[i][t];
                w[i * llms + t] = targets.weight()[i];
            }
        }
        return IsotonicCalibration.fit(x, y, w);
    }

    /** alpha * head + beta * probe + (1 - alpha - beta) * prior, row by row (probe null when beta is 0). */
    static double[][] mix(double[][] head, double[][] probe, double[][] prior, double alpha, double beta) {
        double[][] mixed = new double[head.length][];
        for (int i = 0; i < head.length; i++) {
            mixed[i] = new double[head[i].length];
            for (int t = 0; t < mixed[i].length; t++) {
                double value = alpha * head[i][t] + (1 - alpha - beta) * prior[i][t];
                mixed[i][t] = beta == 0 ? value : value + beta * probe[i][t];
            }
        }
        return mixed;
    }

    private static double knn(TrainingData data, Folds folds) {
        int[] choices = new int[data.size()];
        for (int fold = 0; fold < folds.count(); fold++) {
            TrainingData part = data.select(folds.trainedOn(fold));
            KnnRouter router = new KnnRouter(part.embeddings(), part.scores(), KnnRouter.DEFAULT_K);
            int[] held = folds.heldOut(fold);
            float[][] queries = new float[held.length][];
            for (int i = 0; i < held.length; i++) {
                queries[i] = data.embeddings()[held[i]];
            }
            int[] routed = router.route(queries);
            for (int i = 0; i < held.length; i++) {
                choices[held[i]] = routed[i];
            }
        }
        return OutOfFoldAccuracy.ofChoices(data, choices);
    }

    /** The best single LLM of the other folds, per held-out row: the k = 1 scale of the prior, decided. */
    private static double bestSingle(TrainingData data, Folds folds, Targets targets) {
        return OutOfFoldAccuracy.of(data, ClusterFit.overallMeans(data, targets, folds));
    }

    private static int median(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A fold run's held-out evaluations and its warnings reach the listener; its steps and other logs do not. */
    private static void forwardFoldEvent(TrainingListener listener, TrainingEvent event, int fold) {
        if (event instanceof TrainingEvent.Evaluation evaluation) {
            listener.onEvent(new TrainingEvent.FoldEvaluation(fold + 1, FOLDS, evaluation.step(), evaluation.average()));
        } else if (event instanceof TrainingEvent.Log log && log.level() != TrainingEvent.Level.INFO) {
            listener.onEvent(new TrainingEvent.Log(log.level(), "cross-validation fold " + (fold + 1) + ": " + log.message()));
        }
    }

    private static void log(TrainingListener listener, String message) {
        listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, message));
    }
}
