package org.routerdc.workbench.route;

/** A training query close to a routed one, with its cosine similarity and every LLM's score on it. */
public record NearQuery(String text, String dataset, double similarity, double[] scores) {
}
