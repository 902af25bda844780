package org.routerdc.workbench.curve;

/** One LLM answering every query. */
public record SinglePoint(String llm, double cost, double quality) {
    public CostQuality position() {
        return new CostQuality(cost, quality);
    }
}
