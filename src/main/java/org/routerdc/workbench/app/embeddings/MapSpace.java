package org.routerdc.workbench.app.embeddings;

/** Which space the map shows the queries in. */
public enum MapSpace {
    RAW("Encoder space (before training)"), ROUTER("Router space (trained)");

    private final String label;

    MapSpace(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
