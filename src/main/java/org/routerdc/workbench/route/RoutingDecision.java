package org.routerdc.workbench.route;

import java.util.List;

/**
 * Where a query goes and why.
 *
 * @param ranked    every LLM, best first
 * @param embedding the query's encoder embedding (for placing it on the map)
 * @param nearest   the most similar training queries, most similar first (empty when the bundle has no index)
 */
public record RoutingDecision(String query, List<RankedLlm> ranked, float[] embedding, List<NearQuery> nearest) {
    public RoutingDecision {
        ranked = List.copyOf(ranked);
        nearest = List.copyOf(nearest);
    }

    public RankedLlm chosen() {
        return ranked.getFirst();
    }
}
