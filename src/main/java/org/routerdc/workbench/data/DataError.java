package org.routerdc.workbench.data;

import java.nio.file.Path;

/**
 * A problem in an input file, with its place.
 *
 * @param file    the file
 * @param line    1-based line (JSON, JSON Lines) or row number (CSV, header = 1); 0 when it concerns the whole file
 * @param field   the field or column concerned, or null
 * @param message what is wrong, in words a user understands
 */
public record DataError(Path file, long line, String field, String message) {
    /** One line: {@code file:line: field: message}. */
    public String describe() {
        StringBuilder text = new StringBuilder(String.valueOf(file == null ? "<input>" : file.getFileName()));
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (field != null) {
            text.append("field '").append(field).append("': ");
        }
        return text.append(message).toString();
    }
}
