package org.routerdc.workbench.route;

/**
 * One LLM's standing for a query: cos/τ score, its softmax probability over all LLMs, its expected score on the
 * dataset's scale (the routing policy's calibrated estimate; NaN for a router saved without a policy), and with
 * cost-aware routing also its predicted cost per query and its utility (expected score − λ·cost), NaN otherwise.
 */
public record RankedLlm(String llm, double score, double probability, double expected, double cost, double utility) {
    public RankedLlm(String llm, double score, double probability, double expected) {
        this(llm, score, probability, expected, Double.NaN, Double.NaN);
    }

    public boolean costAware() {
        return !Double.isNaN(utility);
    }
}
