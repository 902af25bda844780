package org.routerdc.workbench.route;

/**
 * One LLM's standing for a query: cos/τ score and its softmax probability over all LLMs; with cost-aware routing
 * also its predicted cost per query and its utility (expected score − λ·cost), NaN otherwise.
 */
public record RankedLlm(String llm, double score, double probability, double cost, double utility) {
    public RankedLlm(String llm, double score, double probability) {
        this(llm, score, probability, Double.NaN, Double.NaN);
    }

    public boolean costAware() {
        return !Double.isNaN(utility);
    }
}
