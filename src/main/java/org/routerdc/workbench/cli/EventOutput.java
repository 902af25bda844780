package org.routerdc.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.routerdc.workbench.encode.EncodeProgress;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingEvents;
import org.routerdc.workbench.train.TrainingListener;

/** Writes training events as JSON lines (the worker protocol) or as readable progress lines. */
final class EventOutput implements TrainingListener {
    private final PrintWriter out;
    private final boolean json;

    EventOutput(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    @Override
    public synchronized void onEvent(TrainingEvent event) {
        if (json) {
            out.println(TrainingEvents.toJson(event));
        } else {
            String line = describe(event);
            if (line != null) {
                out.println(line);
            }
        }
        out.flush();
    }

    void log(String message) {
        onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, message));
    }

    EncodeProgress encodeProgress(String phase) {
        return new ThrottledProgress((done, total, rowsPerSecond, etaSeconds) ->
                onEvent(new TrainingEvent.Progress(phase, done, total, rowsPerSecond, etaSeconds)));
    }

    void evaluationReport(JsonNode report) {
        onEvent(new TrainingEvent.Report(report));
    }

    void saved(Path router) {
        onEvent(new TrainingEvent.Saved(router.toAbsolutePath().toString()));
    }

    private static String describe(TrainingEvent event) {
        return switch (event) {
            case TrainingEvent.Started s -> String.format(Locale.ROOT, "training on %s: %d rows, %d datasets, %d LLMs, %d steps%s",
                    s.device(), s.rows(), s.datasets().size(), s.llms().size(), s.totalSteps(),
                    s.resumedFromStep() > 0 ? " (resumed at step " + s.resumedFromStep() + ")" : "");
            case TrainingEvent.Step s -> s.step() % 50 == 0 || s.step() == s.totalSteps()
                    ? String.format(Locale.ROOT, "step %d/%d  loss %.4f (sample-LLM %.4f, sample-sample %.4f)  %.1f steps/s  ETA %.0f s",
                    s.step(), s.totalSteps(), s.loss(), s.sampleLlmLoss(), s.sampleSampleLoss(), s.stepsPerSecond(), s.etaSeconds())
                    : null;
            case TrainingEvent.Evaluation e -> String.format(Locale.ROOT, "step %d: selection accuracy %.2f%s %s",
                    e.step(), e.average(), e.bestSoFar() ? " (best so far)" : "", e.accuracyPerDataset());
            case TrainingEvent.FoldEvaluation f -> null; // the fold's summary line says what matters
            case TrainingEvent.Checkpoint c -> null;
            case TrainingEvent.Finished f -> String.format(Locale.ROOT, "%s after %.1f s; best step %d, selection accuracy %.2f",
                    f.reason() == TrainingEvent.Reason.CANCELLED ? "cancelled" : "finished", f.elapsedMillis() / 1000.0,
                    f.bestStep(), f.bestAverage());
            case TrainingEvent.Failed f -> "training failed: " + f.message();
            case TrainingEvent.Log l -> (l.level() == TrainingEvent.Level.INFO ? "" : l.level().name().toLowerCase(Locale.ROOT) + ": ")
                    + l.message();
            case TrainingEvent.Progress p -> p.ratePerSecond() > 0
                    ? String.format(Locale.ROOT, "%s: %d/%d (%.0f rows/s%s)", p.phase(), p.done(), p.total(),
                    p.ratePerSecond(), Double.isNaN(p.etaSeconds()) || p.done() == p.total() ? ""
                            : String.format(Locale.ROOT, ", ETA %.0f s", p.etaSeconds()))
                    // nothing computed (every row came from the cache): a rate of 0 rows/s would read as a stall
                    : String.format(Locale.ROOT, "%s: %d/%d", p.phase(), p.done(), p.total());
            case TrainingEvent.Report r -> null;
            case TrainingEvent.Saved s -> "router saved to " + s.path();
        };
    }
}
