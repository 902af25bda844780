package org.routerdc.workbench.curve;

/** A point of the cost–quality plane: mean cost per query and quality (accuracy in percent), averaged over datasets. */
public record CostQuality(double cost, double quality) {
}
