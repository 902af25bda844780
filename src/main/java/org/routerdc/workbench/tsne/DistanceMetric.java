package org.routerdc.workbench.tsne;

/**
 * Input-space distance. Cosine works on L2-normalised rows, where 1 − cos(a, b) = |a − b|² / 2: the squared
 * Euclidean distance between normalised rows is a fixed multiple of the cosine distance, so the same neighbour
 * search and perplexity calibration (which is scale-free) serve both.
 */
public enum DistanceMetric {
    COSINE, EUCLIDEAN;

    public static DistanceMetric parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "cosine" -> COSINE;
            case "euclidean" -> EUCLIDEAN;
            default -> throw new IllegalArgumentException("metric must be cosine or euclidean, got '" + text + "'");
        };
    }

    boolean normalises() {
        return this == COSINE;
    }
}
