package org.routerdc.workbench.tsne;

/**
 * How the repulsive forces are computed. AUTO: exact below {@link TsneConfig#exactBelow()} points, else per
 * iteration the cheaper of FFT interpolation (FIt-SNE) and Barnes-Hut (θ from the config).
 */
public enum GradientMethod {
    AUTO, EXACT, BARNES_HUT, FFT
}
