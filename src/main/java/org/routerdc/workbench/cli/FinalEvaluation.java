package org.routerdc.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.encode.TextEncoder;
import org.routerdc.workbench.eval.EvaluationReport;
import org.routerdc.workbench.policy.RoutingPolicy;
import org.routerdc.workbench.route.RouterEvaluation;
import org.routerdc.workbench.route.TrainingIndex;
import org.routerdc.workbench.train.TrainedRouter;

/** The end of a training run: the trained router on the --eval files, printed and sent as a report event. */
final class FinalEvaluation {
    private FinalEvaluation() {
    }

    /**
     * @param encoder      the encoder the router routes with (the fine-tuned one after fine-tuning)
     * @param encoderLabel appended to the progress phase, e.g. " (fine-tuned encoder)"
     * @param cancel       a stop request skips the evaluation (the router is still saved)
     * @return the `eval --json` document, or null when there are no --eval files or the run was stopped
     */
    static JsonNode run(TextEncoder encoder, String encoderLabel, EmbeddingCache cache, TrainedRouter router,
                        RoutingPolicy policy, TrainingIndex index, List<ScoreTable> eval, EventOutput events,
                        PrintWriter out, CancelCheck cancel) throws java.io.IOException {
        if (eval.isEmpty()) {
            return null;
        }
        if (cancel.cancelled()) {
            events.log("stopped: the evaluation on the --eval files is skipped (eval runs it on the saved router)");
            return null;
        }
        List<float[][]> embeddings = new ArrayList<>();
        try {
            for (ScoreTable table : eval) {
                embeddings.add(cache.encode(encoder, table.texts(),
                        events.encodeProgress("encoding " + table.name() + encoderLabel), cancel));
            }
        } catch (CancellationException e) {
            events.log("stopped: the evaluation on the --eval files is skipped (eval runs it on the saved router)");
            return null;
        }
        EvaluationReport report = RouterEvaluation.evaluate(router, policy, index, eval, embeddings);
        JsonNode json = ReportPrinter.toJson(report);
        if (!events.json()) {
            ReportPrinter.printTable(report, out);
        }
        events.evaluationReport(json);
        return json;
    }
}
