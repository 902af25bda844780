package org.routerdc.workbench.app.embeddings;

/** What the colour of a query point says. */
public enum ColourBy {
    DATASET("Dataset"), CLUSTER("Cluster (k-means)"), ROUTED_LLM("Routed LLM"), BEST_LLM("Best LLM");

    private final String label;

    ColourBy(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
