package org.routerdc.workbench.route;

import java.util.ArrayList;
import java.util.List;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.encode.EncodeProgress;
import org.routerdc.workbench.eval.ClusterRouter;
import org.routerdc.workbench.eval.EvaluationReport;
import org.routerdc.workbench.eval.Evaluator;
import org.routerdc.workbench.eval.KnnRouter;
import org.routerdc.workbench.policy.RoutingPolicy;
import org.routerdc.workbench.train.TrainedRouter;

/** Routes every query of some datasets and scores the choices beside the baselines, kNN included. */
public final class RouterEvaluation {
    private RouterEvaluation() {
    }

    public static EvaluationReport evaluate(Router router, List<ScoreTable> tables, EmbeddingCache cache,
                                            EncodeProgress progress, CancelCheck cancel) throws java.io.IOException {
        List<float[][]> embeddings = new ArrayList<>();
        tables = inRouterOrder(tables, router.bundle().router().llms());
        for (ScoreTable table : tables) {
            embeddings.add(cache.encode(router.encoder(), table.texts(), progress, cancel));
        }
        return evaluate(router.bundle().router(), router.bundle().policy(), router.bundle().trainingIndex(), tables,
                embeddings);
    }

    /** The tables with their LLM columns in the router's order; a different LLM set is a user error. */
    public static List<ScoreTable> inRouterOrder(List<ScoreTable> tables, List<String> llms) {
        List<ScoreTable> ordered = new ArrayList<>();
        for (ScoreTable table : tables) {
            if (!new java.util.HashSet<>(table.llms()).equals(new java.util.HashSet<>(llms))) {
                throw new IllegalArgumentException(table.name() + ": its LLMs " + table.llms()
                        + " are not the router's " + llms);
            }
            ordered.add(table.llms().equals(llms) ? table : org.routerdc.workbench.data.LlmOrder.reorder(table, llms));
        }
        return ordered;
    }

    /**
     * Evaluates with embeddings already computed (one matrix per table, in row order).
     *
     * @param policy how the router chooses (null: by its head's scores), and the cluster baseline it carries
     */
    public static EvaluationReport evaluate(TrainedRouter router, RoutingPolicy policy, TrainingIndex index,
                                            List<ScoreTable> tables, List<float[][]> embeddings) {
        KnnRouter knn = index == null ? null : index.knn(KnnRouter.DEFAULT_K);
        ClusterRouter cluster = policy == null ? null : policy.cluster();
        List<int[]> choices = new ArrayList<>();
        List<int[]> knnChoices = knn == null ? null : new ArrayList<>();
        List<int[]> clusterChoices = cluster == null ? null : new ArrayList<>();
        tables = inRouterOrder(tables, router.llms());
        for (int t = 0; t < tables.size(); t++) {
            float[][] rows = embeddings.get(t);
            choices.add(java.util.stream.IntStream.range(0, rows.length).parallel()
                    .map(i -> Router.choose(router, policy, rows[i])).toArray());
            if (knn != null) {
                knnChoices.add(knn.route(rows));
            }
            if (cluster != null) {
                clusterChoices.add(cluster.route(rows));
            }
        }
        return Evaluator.evaluate(tables, choices, knnChoices, clusterChoices);
    }
}
