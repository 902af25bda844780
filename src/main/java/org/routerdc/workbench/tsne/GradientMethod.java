package org.routerdc.workbench.tsne;

/** How the repulsive forces are computed. AUTO: exact up to {@link TsneConfig#exactBelow()} points, else Barnes-Hut. */
public enum GradientMethod {
    AUTO, EXACT, BARNES_HUT, FFT
}
