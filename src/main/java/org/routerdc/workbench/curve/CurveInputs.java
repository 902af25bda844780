package org.routerdc.workbench.curve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.encode.EncodeProgress;
import org.routerdc.workbench.eval.ClusterRouter;
import org.routerdc.workbench.route.CostAwareRouting;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.route.RouterEvaluation;
import org.routerdc.workbench.train.TrainedRouter;

/**
 * Routes test tables once (encoder, router probabilities, expected scores, and the cluster baseline's where the
 * router carries one) into a {@link CurveInput}.
 */
public final class CurveInputs {
    private CurveInputs() {
    }

    /**
     * @param pricesOrNull costs for tables that carry none, and predicted costs for a router trained without any
     * @throws IllegalArgumentException when a table has no costs and no price table is given
     */
    public static CurveInput route(Router router, List<ScoreTable> tables, PriceTable pricesOrNull, EmbeddingCache cache,
                                   EncodeProgress progress, CancelCheck cancel) throws IOException {
        List<float[][]> embeddings = new ArrayList<>();
        List<ScoreTable> ordered = RouterEvaluation.inRouterOrder(tables, router.bundle().router().llms());
        for (ScoreTable table : ordered) {
            embeddings.add(cache.encode(router.encoder(), table.texts(), progress, cancel));
        }
        CostAwareRouting routing = CostAwareRouting.of(router.bundle(), pricesOrNull);
        return of(router.bundle().router(), routing, ordered, embeddings, pricesOrNull);
    }

    /** With embeddings already computed (one matrix per table, in row order). */
    public static CurveInput of(TrainedRouter router, CostAwareRouting routing, List<ScoreTable> tables,
                                List<float[][]> embeddings, PriceTable pricesOrNull) {
        List<RoutedDataset> datasets = new ArrayList<>();
        for (int d = 0; d < tables.size(); d++) {
            ScoreTable table = priced(tables.get(d), pricesOrNull);
            float[][] rows = embeddings.get(d);
            double[][] expectedAll = new double[rows.length][];
            java.util.stream.IntStream.range(0, rows.length).parallel()
                    .forEach(i -> expectedAll[i] = routing.expected(router.scores(rows[i]), rows[i]));
            ClusterRouter cluster = routing.cluster();
            double[][] clusterAll = cluster == null ? null : new double[rows.length][];
            if (cluster != null) {
                java.util.stream.IntStream.range(0, rows.length).parallel().forEach(i -> clusterAll[i] = cluster.expected(rows[i]));
            }
            List<double[]> clusterExpected = cluster == null ? null : new ArrayList<>();
            List<QueryRow> kept = new ArrayList<>();
            List<double[]> expected = new ArrayList<>(), costs = new ArrayList<>(), credits = new ArrayList<>();
            for (int i = 0; i < table.size(); i++) {
                QueryRow row = table.rows().get(i);
                if (!row.isComplete()) {
                    continue;
                }
                kept.add(row);
                expected.add(expectedAll[i]);
                if (clusterExpected != null) {
                    clusterExpected.add(clusterAll[i]);
                }
                costs.add(row.costs());
                double[] credit = new double[row.scores().length];
                for (int t = 0; t < credit.length; t++) {
                    credit[t] = table.metric().credit(row.scores()[t]);
                }
                credits.add(credit);
            }
            datasets.add(new RoutedDataset(table.name(), kept, expected.toArray(double[][]::new),
                    costs.toArray(double[][]::new), credits.toArray(double[][]::new), table.size() - kept.size(),
                    clusterExpected == null ? null : clusterExpected.toArray(double[][]::new)));
        }
        return new CurveInput(router.llms(), routing.predictedCosts(), datasets);
    }

    private static ScoreTable priced(ScoreTable table, PriceTable prices) {
        if (table.hasCosts()) {
            return table;
        }
        if (prices == null) {
            throw new IllegalArgumentException(table.name() + ": the table has no costs (no <llm>|total_cost columns or"
                    + " \"costs\" objects); give --prices FILE.json with a cost per query for each LLM");
        }
        return prices.fill(table);
    }
}
