package org.routerdc.workbench.app.routing;

import javafx.concurrent.Task;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.data.ScoreTables;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.route.RoutingDecision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Routes every query of a score-table file and writes the choices as CSV; reports progress and can be cancelled. */
final class FileRouting extends Task<FileRouting.Result> {
    /** How many queries were routed, where the CSV went, and the mean realised score (NaN when the file has none). */
    record Result(int queries, Path csv, double meanRealised) {
    }

    private final Router router;
    private final Path input;
    private final Path output;

    FileRouting(Router router, Path input, Path output) {
        this.router = router;
        this.input = input;
        this.output = output;
        updateTitle("Routing " + input.getFileName());
    }

    @Override
    protected Result call() throws Exception {
        updateProgress(-1, 1);
        ScoreTable table = ScoreTables.read(input, null);
        float[][] embeddings = EmbeddingCache.atDefaultLocation().encode(router.encoder(), table.texts(),
                (done, total, rate, eta) -> {
                    updateProgress(done, total + 1L);
                    updateMessage(String.format(Locale.ROOT, "encoding %d / %d", done, total));
                }, CancelCheck.of(this::isCancelled));
        List<RoutingDecision> decisions = new ArrayList<>(table.size());
        double realised = 0;
        int withScore = 0;
        for (int i = 0; i < table.size(); i++) {
            RoutingDecision decision = router.decide(table.rows().get(i).text(), embeddings[i], 0);
            decisions.add(decision);
            int column = table.llms().indexOf(decision.chosen().llm());
            double[] scores = table.rows().get(i).scores();
            if (column >= 0 && scores != null && Double.isFinite(scores[column])) {
                realised += table.metric().credit(scores[column]);
                withScore++;
            }
        }
        RoutingCsv.write(output, table, decisions);
        updateProgress(1, 1);
        return new Result(table.size(), output, withScore == 0 ? Double.NaN : realised / withScore);
    }
}
