package org.routerdc.workbench.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Gathers the errors found in one file, keeping the first {@link #LIMIT} and counting the rest. */
final class ErrorCollector {
    static final int LIMIT = 50;

    private final Path file;
    private final List<DataError> kept = new ArrayList<>();
    private int dropped;

    ErrorCollector(Path file) {
        this.file = file;
    }

    void add(long line, String field, String message) {
        add(line, 0, field, message);
    }

    void add(long line, int column, String field, String message) {
        if (kept.size() < LIMIT) {
            kept.add(new DataError(file, line, column, field, message));
        } else {
            dropped++;
        }
    }

    Path file() {
        return file;
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** The kept errors, plus one closing "... and N more errors" entry when some were dropped. */
    List<DataError> errors() {
        List<DataError> all = new ArrayList<>(kept);
        if (dropped > 0) {
            all.add(new DataError(file, 0, null, "... and " + dropped + " more error" + (dropped == 1 ? "" : "s")));
        }
        return all;
    }

    ScoreTableException exception() {
        return new ScoreTableException(errors());
    }
}
