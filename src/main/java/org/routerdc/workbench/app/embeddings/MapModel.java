package org.routerdc.workbench.app.embeddings;

import java.util.List;

/**
 * What the map shows, as plain arrays (no engine types): one point per query with its category, text and scores,
 * plus labelled LLM markers. Immutable; {@link MapCanvas#setPoints} swaps coordinates without rebuilding the rest.
 *
 * @param x             point x coordinates
 * @param y             point y coordinates
 * @param category      category index per point (into {@code categoryNames}), e.g. the dataset or cluster
 * @param categoryNames legend names
 * @param texts         query text per point (for hover and search), or null
 * @param scores        per point, one score per LLM (hover), or null
 * @param llms          LLM names for {@code scores}, or empty
 * @param markers       LLM markers drawn large and labelled over the points
 * @param totalCount    how many points there were before any sampling (= x.length when none)
 */
public record MapModel(double[] x, double[] y, int[] category, List<String> categoryNames, String[] texts,
                       double[][] scores, List<String> llms, List<Marker> markers, int totalCount) {
    /** A large labelled marker, e.g. an LLM's learned vector placed on the map. */
    public record Marker(String label, double x, double y) {
    }

    public MapModel {
        if (x.length != y.length || category.length != x.length) {
            throw new IllegalArgumentException("x, y and category need one entry per point: "
                    + x.length + ", " + y.length + ", " + category.length);
        }
        if (texts != null && texts.length != x.length || scores != null && scores.length != x.length) {
            throw new IllegalArgumentException("texts and scores need one entry per point");
        }
        categoryNames = List.copyOf(categoryNames);
        llms = llms == null ? List.of() : List.copyOf(llms);
        markers = markers == null ? List.of() : List.copyOf(markers);
        totalCount = Math.max(totalCount, x.length);
    }

    public static MapModel empty() {
        return new MapModel(new double[0], new double[0], new int[0], List.of(), null, null, List.of(), List.of(), 0);
    }

    /** Builds a model from an N×2 array of coordinates. */
    public static MapModel of(double[][] xy, int[] category, List<String> categoryNames, String[] texts,
                              double[][] scores, List<String> llms, List<Marker> markers) {
        return new MapModel(column(xy, 0), column(xy, 1), category, categoryNames, texts, scores, llms, markers, xy.length);
    }

    public int size() {
        return x.length;
    }

    public boolean sampled() {
        return totalCount > x.length;
    }

    /** Same metadata, new coordinates (same number of points); markers keep their place unless given. */
    public MapModel withPoints(double[][] xy, List<Marker> newMarkers) {
        if (xy.length != x.length) {
            throw new IllegalArgumentException("expected " + x.length + " points, got " + xy.length);
        }
        return new MapModel(column(xy, 0), column(xy, 1), category, categoryNames, texts, scores, llms,
                newMarkers == null ? markers : newMarkers, totalCount);
    }

    static double[] column(double[][] xy, int column) {
        double[] values = new double[xy.length];
        for (int i = 0; i < xy.length; i++) {
            values[i] = xy[i][column];
        }
        return values;
    }
}
