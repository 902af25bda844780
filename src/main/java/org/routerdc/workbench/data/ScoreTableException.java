package org.routerdc.workbench.data;

import java.util.List;

/** Raised when a score table cannot be loaded; carries every located error found. */
public final class ScoreTableException extends Exception {
    private final List<DataError> errors;

    public ScoreTableException(List<DataError> errors) {
        super(errors.isEmpty() ? "invalid score table" : errors.getFirst().describe()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public ScoreTableException(DataError error) {
        this(List.of(error));
    }

    public List<DataError> errors() {
        return errors;
    }
}
