package org.routerdc.workbench.app.data;

import java.util.Locale;

/** What a loaded dataset is for: the Train view trains on training datasets, the Evaluate view tests on test ones. */
public enum DatasetRole {
    TRAINING("training"),
    TEST("test");

    private final String label;

    DatasetRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The default from the name: "test" anywhere in it (any case) means test. */
    public static DatasetRole byName(String datasetName) {
        return datasetName.toLowerCase(Locale.ROOT).contains("test") ? TEST : TRAINING;
    }

    @Override
    public String toString() {
        return label;
    }
}
