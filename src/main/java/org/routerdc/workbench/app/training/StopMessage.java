package org.routerdc.workbench.app.training;

import org.routerdc.workbench.train.TrainingEvent;

/** What the user reads after a stop request: where the run stopped and what it kept. */
final class StopMessage {
    private StopMessage() {
    }

    /**
     * The worker stopped by itself after the request (exit code 3).
     *
     * @param resumable whether a checkpoint to resume from exists
     */
    static String stopped(LaunchState launch, boolean resumable) {
        TrainingEvent.Finished finished = launch.finished();
        if (launch.savedPath() != null) {
            return "Stopped at step " + launch.lastStep() + "; best router (step " + finished.bestStep() + ") saved"
                    + (resumable ? " — can resume." : ".");
        }
        if (!launch.trainingStarted()) {
            return "Stopped while preparing the training data; no router saved (encoded queries stay cached).";
        }
        if (launch.lastStep() == 0) {
            return "Stopped before the first step; no router saved.";
        }
        return "Stopped at step " + launch.lastStep() + "; no router saved" + kept(launch) + ".";
    }

    /** The worker was destroyed after ignoring the request for its whole grace period. */
    static String forceStopped(LaunchState launch, WorkerOutcome outcome) {
        String what = "Force-stopped at step " + launch.lastStep() + " after " + outcome.forcedAfter().toSeconds()
                + " s without stopping by itself";
        if (launch.savedPath() != null) {
            return what + "; the best router (step " + launch.finished().bestStep() + ") was saved before.";
        }
        return what + "; no router saved" + kept(launch) + ".";
    }

    private static String kept(LaunchState launch) {
        return launch.lastCheckpointStep() > 0
                ? "; the checkpoint of step " + launch.lastCheckpointStep() + " is kept — can resume" : "";
    }
}
