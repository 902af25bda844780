package org.routerdc.workbench.route;

/** One LLM's standing for a query: cos/τ score and its softmax probability over all LLMs. */
public record RankedLlm(String llm, double score, double probability) {
}
