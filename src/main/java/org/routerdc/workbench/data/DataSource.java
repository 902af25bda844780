package org.routerdc.workbench.data;

import java.nio.file.Path;

/**
 * A score-table file to load, with the metric the user asked for (or null: the file's own hint, else graded).
 *
 * @param file          the file
 * @param metricOrNull  explicit metric, or null
 */
public record DataSource(Path file, Metric metricOrNull) {
    public DataSource {
        if (file == null) {
            throw new IllegalArgumentException("a data source needs a file");
        }
    }

    /**
     * Parses {@code path}, {@code path=binary} or {@code path=graded}. Only a suffix after the last '=' that follows
     * the file name counts, so paths containing '=' in a folder name still work.
     */
    public static DataSource parse(String arg) {
        if (arg == null || arg.isBlank()) {
            throw new IllegalArgumentException("empty data source: expected FILE or FILE=binary|graded");
        }
        int eq = arg.lastIndexOf('=');
        int slash = Math.max(arg.lastIndexOf('/'), arg.lastIndexOf('\\'));
        if (eq < 0 || eq < slash) {
            return new DataSource(Path.of(arg), null);
        }
        String path = arg.substring(0, eq);
        String suffix = arg.substring(eq + 1);
        if (path.isBlank()) {
            throw new IllegalArgumentException("data source '" + arg + "' has no file before '='");
        }
        try {
            return new DataSource(Path.of(path), Metric.parse(suffix));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("data source '" + arg + "': unknown metric '" + suffix
                    + "' after '=' (expected binary or graded)", e);
        }
    }

    @Override
    public String toString() {
        return metricOrNull == null ? file.toString() : file + "=" + metricOrNull.label();
    }
}
