package org.routerdc.workbench.tsne;

/** One point's nearest neighbours, nearest first, with (non-squared) Euclidean distances. */
record Neighbours(int[] indices, double[] distances) {
}
