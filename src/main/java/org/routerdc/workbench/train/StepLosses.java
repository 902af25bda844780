package org.routerdc.workbench.train;

/** The losses of one optimisation step. */
public record StepLosses(double total, double sampleLlm, double sampleSample) {
}
