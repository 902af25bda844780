package org.routerdc.workbench.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.eval.ClusterRouter;
import org.routerdc.workbench.policy.RoutingPolicy;

/**
 * Routing with a willingness to pay λ &gt;= 0: a query goes to argmax over t of expected_t(x) − λ·ĉ_t, with
 * expected_t from the bundle's {@link RoutingPolicy} (calibrated by cross-validation on the training rows) and ĉ_t
 * from {@link PredictedCosts}. λ = 0 follows the expected score alone; a large λ sends every query to the cheapest LLM.
 */
public final class CostAwareRouting {
    private final List<String> llms;
    private final RoutingPolicy policy;
    private final double[] predictedCosts;

    public CostAwareRouting(List<String> llms, RoutingPolicy policy, double[] predictedCosts) {
        if (predictedCosts.length != llms.size()) {
            throw new IllegalArgumentException(predictedCosts.length + " costs for " + llms.size() + " LLMs");
        }
        this.llms = List.copyOf(llms);
        this.policy = policy;
        this.predictedCosts = predictedCosts.clone();
    }

    /** @param pricesOrNull used when the bundle records no training costs */
    public static CostAwareRouting of(LoadedRouter bundle, PriceTable pricesOrNull) {
        if (bundle.policy() == null) {
            throw new IllegalArgumentException(bundle.folder() + ": this router was saved before routers carried expected "
                    + "scores; train it again to route by cost");
        }
        return new CostAwareRouting(bundle.router().llms(), bundle.policy(), PredictedCosts.of(bundle, pricesOrNull));
    }

    public static void checkLambda(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("--lambda must be a finite number >= 0, not " + lambda);
        }
    }

    public List<String> llms() {
        return llms;
    }

    /** The cluster baseline the router carries (routed by cost with the same predicted costs), or null. */
    public ClusterRouter cluster() {
        return policy == null ? null : policy.cluster();
    }

    public double[] predictedCosts() {
        return predictedCosts.clone();
    }

    /** Expected score per LLM for a query with these head scores and embedding. */
    public double[] expected(double[] headScores, float[] embedding) {
        return policy.expected(headScores, embedding);
    }

    /**
     * The λ from which every query goes to the cheapest LLM whatever its expected scores (they differ by at most 1):
     * 1 / (the second-lowest cost − the lowest); the top of a λ slider.
     */
    public double lambdaForCheapestAlways() {
        double[] sorted = predictedCosts.clone();
        java.util.Arrays.sort(sorted);
        for (double cost : sorted) {
            if (cost > sorted[0]) {
                return 1 / (cost - sorted[0]);
            }
        }
        return 1;
    }

    /** argmax of expected − λ·cost; ties go to the cheaper LLM, then the lower index. */
    public static int choose(double[] expected, double[] costs, double lambda) {
        int best = 0;
        double bestUtility = expected[0] - lambda * costs[0];
        for (int t = 1; t < expected.length; t++) {
            double utility = expected[t] - lambda * costs[t];
            if (utility > bestUtility || utility == bestUtility && costs[t] < costs[best]) {
                best = t;
                bestUtility = utility;
            }
        }
        return best;
    }

    /** The decision re-ranked by utility at λ: each entry gains its predicted cost and utility; chosen = the best. */
    public RoutingDecision apply(RoutingDecision decision, double lambda) {
        checkLambda(lambda);
        List<RankedLlm> ranked = new ArrayList<>();
        for (RankedLlm entry : decision.ranked()) {
            int t = llms.indexOf(entry.llm());
            ranked.add(new RankedLlm(entry.llm(), entry.score(), entry.probability(), entry.expected(), predictedCosts[t],
                    entry.expected() - lambda * predictedCosts[t]));
        }
        ranked.sort(Comparator.comparingDouble(RankedLlm::utility).reversed().thenComparingDouble(RankedLlm::cost));
        return new RoutingDecision(decision.query(), ranked, decision.embedding(), decision.nearest());
    }
}
