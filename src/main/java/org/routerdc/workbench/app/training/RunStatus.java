package org.routerdc.workbench.app.training;

/** Where a training run stands. */
public enum RunStatus {
    RUNNING("running"), STOPPED("stopped (can resume)"), COMPLETED("completed"), FAILED("failed");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
