package org.routerdc.workbench.curve;

import java.util.Map;

/**
 * The router at one willingness to pay.
 *
 * @param share each LLM's fraction of the routed queries (all datasets pooled), in LLM order
 */
public record CurvePoint(double lambda, double cost, double quality, Map<String, Double> share) {
    public CurvePoint {
        share = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(share));
    }

    public CostQuality position() {
        return new CostQuality(cost, quality);
    }
}
