package org.routerdc.workbench.app.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import org.routerdc.workbench.curve.CostQualityCurve;
import org.routerdc.workbench.curve.CurveInput;
import org.routerdc.workbench.curve.CurveInputs;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.eval.EvaluationReport;
import org.routerdc.workbench.route.CostAwareRouting;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.route.RouterEvaluation;

/** Encodes the test tables (cached), routes them and measures the router against the baselines and along λ. */
final class EvaluationTask extends Task<EvaluationResult> {
    private final Router router;
    private final List<ScoreTable> tables;
    private final PriceTable prices;
    private final EmbeddingCache cache;
    private final int points;

    EvaluationTask(Router router, List<ScoreTable> tables, PriceTable pricesOrNull, EmbeddingCache cache, int points) {
        this.router = router;
        this.tables = RouterEvaluation.inRouterOrder(tables, router.bundle().router().llms());
        this.prices = pricesOrNull;
        this.cache = cache;
        this.points = points;
        updateTitle("Evaluating " + router.bundle().name() + " on " + tables.size() + " test dataset" + (tables.size() == 1 ? "" : "s"));
    }

    @Override
    protected EvaluationResult call() throws Exception {
        int total = tables.stream().mapToInt(ScoreTable::size).sum();
        int before = 0;
        List<float[][]> embeddings = new ArrayList<>();
        for (ScoreTable table : tables) {
            int offset = before;
            updateMessage("encoding " + table.name());
            embeddings.add(cache.encode(router.encoder(), table.texts(), (done, all, rate, eta) -> {
                updateProgress(offset + done, total + 1L);
                updateMessage(String.format(Locale.ROOT, "encoding %s: %d / %d", table.name(), done, all));
            }, CancelCheck.of(this::isCancelled)));
            before += table.size();
        }
        updateMessage("routing and measuring");
        EvaluationReport accuracy = RouterEvaluation.evaluate(router.bundle().router(), router.bundle().policy(),
                router.bundle().trainingIndex(), tables, embeddings);
        CostAwareRouting routing = CostAwareRouting.of(router.bundle(), prices);
        CurveInput input = CurveInputs.of(router.bundle().router(), routing, tables, embeddings, prices);
        EvaluationResult result = new EvaluationResult(router.bundle().name(), accuracy, input,
                CostQualityCurve.compute(input, points));
        updateProgress(1, 1);
        return result;
    }
}
