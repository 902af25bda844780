package org.routerdc.workbench.app.training;

import org.routerdc.workbench.train.TrainingEvent;

import java.util.Locale;

/**
 * What one worker launch has reported so far, built from its events in order: progress, how it finished, the saved
 * router. Applies curve points to the run as they come. FX thread only.
 */
final class LaunchState {
    private final RunEntry run;
    private int totalSteps;
    private int lastStep;
    private double progress = -1;
    private String progressText = "starting the training worker…";
    private String device;
    private TrainingEvent.Finished finished;
    private String failure;
    private String savedPath;
    private String lastLog = "";
    private boolean trainingStarted;
    private int lastCheckpointStep;

    LaunchState(RunEntry run) {
        this.run = run;
    }

    /** Applies one event; returns whether the run's curves changed. */
    boolean apply(TrainingEvent event) {
        switch (event) {
            case TrainingEvent.Started s -> {
                trainingStarted = true;
                totalSteps = s.totalSteps();
                device = s.device();
                run.deviceProperty().set(device);
                if (s.resumedFromStep() > 0) {
                    run.curves().truncateAfter(s.resumedFromStep());
                    lastStep = s.resumedFromStep();
                }
                progressText = "training on " + device;
                return true;
            }
            case TrainingEvent.Step s -> {
                run.curves().addStep(s.step(), s.loss(), s.sampleLlmLoss(), s.sampleSampleLoss());
                lastStep = s.step();
                totalSteps = s.totalSteps();
                progress = s.totalSteps() == 0 ? 1 : (double) s.step() / s.totalSteps();
                progressText = String.format(Locale.ROOT, "step %d / %d · %.1f steps/s · ETA %s", s.step(), s.totalSteps(),
                        s.stepsPerSecond(), duration(s.etaSeconds()));
                return true;
            }
            case TrainingEvent.Evaluation e -> {
                run.curves().addEvaluation(new RunCurves.Evaluation(e.step(), e.accuracyPerDataset(), e.average()));
                if (e.bestSoFar()) {
                    run.bestAverageProperty().set(e.average());
                    run.setBestStep(e.step());
                }
                return true;
            }
            case TrainingEvent.FoldEvaluation f -> {
                run.curves().addFoldEvaluation(new RunCurves.FoldEvaluation(f.fold(), f.step(), f.average()));
                return true;
            }
            case TrainingEvent.Checkpoint c -> {
                lastCheckpointStep = c.step();
                run.canResumeProperty().set(true);
            }
            case TrainingEvent.Finished f -> {
                finished = f;
                if (f.bestStep() > 0) {
                    run.bestAverageProperty().set(f.bestAverage());
                    run.setBestStep(f.bestStep());
                }
            }
            case TrainingEvent.Failed f -> failure = f.message();
            case TrainingEvent.Log l -> lastLog = l.message();
            case TrainingEvent.Progress p -> {
                progress = p.total() == 0 ? -1 : (double) p.done() / p.total();
                progressText = String.format(Locale.ROOT, "%s: %d / %d%s", p.phase(), p.done(), p.total(),
                        Double.isFinite(p.etaSeconds()) && p.done() < p.total() ? " · ETA " + duration(p.etaSeconds()) : "");
            }
            case TrainingEvent.Report r -> lastLog = "evaluated on the held-apart files";
            case TrainingEvent.Saved s -> {
                savedPath = s.path();
                run.setRouterPath(s.path());
            }
        }
        return false;
    }

    double progress() {
        return progress;
    }

    String progressText() {
        return progressText;
    }

    String device() {
        return device;
    }

    int lastStep() {
        return lastStep;
    }

    int totalSteps() {
        return totalSteps;
    }

    TrainingEvent.Finished finished() {
        return finished;
    }

    String failure() {
        return failure;
    }

    /** Whether the training loop began (false while the worker loads and encodes). */
    boolean trainingStarted() {
        return trainingStarted;
    }

    /** The step of the last checkpoint written in this launch, 0 when none. */
    int lastCheckpointStep() {
        return lastCheckpointStep;
    }

    String savedPath() {
        return savedPath;
    }

    String lastLog() {
        return lastLog;
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "–";
        }
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
