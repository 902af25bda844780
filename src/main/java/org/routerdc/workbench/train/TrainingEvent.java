package org.routerdc.workbench.train;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/** What a training run reports, in order: Started, Step/Evaluation/Checkpoint/Log..., then Finished or Failed. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TrainingEvent.Started.class, name = "started"),
        @JsonSubTypes.Type(value = TrainingEvent.Step.class, name = "step"),
        @JsonSubTypes.Type(value = TrainingEvent.Evaluation.class, name = "evaluation"),
        @JsonSubTypes.Type(value = TrainingEvent.FoldEvaluation.class, name = "foldEvaluation"),
        @JsonSubTypes.Type(value = TrainingEvent.Checkpoint.class, name = "checkpoint"),
        @JsonSubTypes.Type(value = TrainingEvent.Finished.class, name = "finished"),
        @JsonSubTypes.Type(value = TrainingEvent.Failed.class, name = "failed"),
        @JsonSubTypes.Type(value = TrainingEvent.Log.class, name = "log"),
        @JsonSubTypes.Type(value = TrainingEvent.Progress.class, name = "progress"),
        @JsonSubTypes.Type(value = TrainingEvent.Report.class, name = "report"),
        @JsonSubTypes.Type(value = TrainingEvent.Saved.class, name = "saved")})
public sealed interface TrainingEvent {

    /** @param resumedFromStep 0 for a fresh run */
    record Started(TrainingConfig config, String device, int rows, List<String> datasets, List<String> llms,
                   int totalSteps, int resumedFromStep) implements TrainingEvent {
    }

    record Step(int step, int totalSteps, double loss, double sampleLlmLoss, double sampleSampleLoss,
                double stepsPerSecond, double etaSeconds, long elapsedMillis) implements TrainingEvent {
    }

    /** Accuracy (percent) on the selection set; {@code bestSoFar} when this is the new best average. */
    record Evaluation(int step, Map<String, Double> accuracyPerDataset, double average, boolean bestSoFar)
            implements TrainingEvent {
    }

    /**
     * Accuracy (percent, averaged over datasets) of a cross-validation fold's head on its held-out rows at one step:
     * what chooses the final run's steps. {@code fold} counts from 1.
     */
    record FoldEvaluation(int fold, int folds, int step, double average) implements TrainingEvent {
    }

    /** @param path the checkpoint directory just written ({@code .../last} or {@code .../best}) */
    record Checkpoint(int step, String path) implements TrainingEvent {
    }

    enum Reason { COMPLETED, CANCELLED }

    record Finished(Reason reason, int bestStep, double bestAverage, long elapsedMillis) implements TrainingEvent {
    }

    record Failed(String message) implements TrainingEvent {
    }

    enum Level { INFO, WARNING, ERROR }

    record Log(Level level, String message) implements TrainingEvent {
    }

    /** Progress of a phase around the training itself, e.g. encoding the queries. */
    record Progress(String phase, int done, int total, double ratePerSecond, double etaSeconds) implements TrainingEvent {
    }

    /** The final evaluation on the --eval files, as the `eval --json` document. */
    record Report(com.fasterxml.jackson.databind.JsonNode evaluation) implements TrainingEvent {
    }

    /** The router bundle was written. */
    record Saved(String path) implements TrainingEvent {
    }
}
