package org.routerdc.workbench.route;

/**
 * One LLM's standing for a query: its cos/τ score, the softmax probability over all LLMs, and its expected score
 * on the dataset's scale (the routing policy's calibrated estimate; NaN for a router saved without a policy).
 */
public record RankedLlm(String llm, double score, double probability, double expected) {
}
