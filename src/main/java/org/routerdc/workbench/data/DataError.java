package org.routerdc.workbench.data;

import java.nio.file.Path;

/**
 * A problem in an input file, with its place.
 *
 * @param file    the file
 * @param line    1-based line (JSON, JSON Lines) or row number (CSV, header = 1); 0 when it concerns the whole file
 * @param column  1-based column of a syntax error, 0 when not known or not useful
 * @param field   the field or column concerned, or null
 * @param message what is wrong, in words a user understands
 */
public record DataError(Path file, long line, int column, String field, String message) {
    public DataError(Path file, long line, String field, String message) {
        this(file, line, 0, field, message);
    }

    /** One line: {@code file:line: field: message}, or {@code file:line:column: message} for a syntax error. */
    public String describe() {
        StringBuilder text = new StringBuilder(String.valueOf(file == null ? "<input>" : file.getFileName()));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (field != null) {
            text.append("field '").append(field).append("': ");
        }
        return text.append(message).toString();
    }
}
