package org.routerdc.workbench.app.shell;

/** The five views, in the order of the work. */
public enum ViewId {
    DATA("Data", "Load score tables and look at them"),
    TRAIN("Train", "Train a router"),
    EMBEDDINGS("Embeddings", "Queries and LLMs on one map"),
    ROUTE("Route", "Route a query and see why"),
    EVALUATE("Evaluate", "Test a router: accuracy beside the baselines, cost against quality");

    private final String title;
    private final String hint;

    ViewId(String title, String hint) {
        this.title = title;
        this.hint = hint;
    }

    public String title() {
        return title;
    }

    public String hint() {
        return hint;
    }

    /** 1-based number used by the Ctrl+N shortcut. */
    public int number() {
        return ordinal() + 1;
    }
}
