package org.routerdc.workbench.app.embeddings;

import org.routerdc.workbench.app.TextMatch;

/**
 * Which points are dimmed or highlighted: points of groups switched off in the legend are dimmed; while a search is
 * active, matching points are highlighted and all others dimmed.
 */
final class MapSelection {
    private boolean[] hiddenGroups = new boolean[0];
    private boolean[] matches = new boolean[0];
    private byte[] states = new byte[0];
    private int[] category = new int[0];
    private boolean searching;
    private int matchCount;

    void reset(MapModel model) {
        hiddenGroups = new boolean[model.categoryNames().size()];
        matches = new boolean[model.size()];
        states = new byte[model.size()];
        category = model.category();
        searching = false;
        matchCount = 0;
    }

    void search(MapModel model, String text) {
        String needle = text == null ? "" : text.strip();
        searching = !needle.isEmpty();
        matchCount = 0;
        String[] texts = model.texts();
        for (int i = 0; i < matches.length; i++) {
            matches[i] = searching && texts != null && TextMatch.containsIgnoreCase(texts[i], needle);
            matchCount += matches[i] ? 1 : 0;
        }
        refresh();
    }

    void setGroupVisible(MapModel model, int group, boolean visible) {
        if (group >= 0 && group < hiddenGroups.length) {
            hiddenGroups[group] = !visible;
            refresh();
        }
    }

    /** Per point: PointRenderer.NORMAL, DIMMED or HIGHLIGHTED. */
    byte[] states() {
        return states;
    }

    /** Points of hidden groups do not answer hover or clicks. */
    boolean hoverable(int index) {
        return !hidden(index);
    }

    boolean searching() {
        return searching;
    }

    int matchCount() {
        return matchCount;
    }

    private boolean hidden(int index) {
        int group = category[index];
        return group >= 0 && group < hiddenGroups.length && hiddenGroups[group];
    }

    private void refresh() {
        for (int i = 0; i < states.length; i++) {
            states[i] = hidden(i) ? PointRenderer.DIMMED
                    : !searching ? PointRenderer.NORMAL
                    : matches[i] ? PointRenderer.HIGHLIGHTED : PointRenderer.DIMMED;
        }
    }
}
