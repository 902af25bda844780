package org.routerdc.workbench.app.evaluate;

/**
 * One test query at the current operating point.
 *
 * @param score  the credit the routed LLM's answer earns
 * @param best   the best credit any LLM earns on it
 * @param regret best − score (0 when the router picked a best LLM)
 * @param cost   the routed LLM's realised cost on it
 */
public record QueryOutcome(String query, String dataset, String routedLlm, double score, double best, double regret,
                           double cost) {
    public boolean lost() {
        return regret > 0;
    }
}
