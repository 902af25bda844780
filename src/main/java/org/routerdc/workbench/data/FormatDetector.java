package org.routerdc.workbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a reader from the extension and the first non-space character: {@code .csv/.tsv} are CSV;
 * otherwise '[' means a RouterDC JSON array and '{' JSON Lines (also for a {@code .json} file); a {@code .json},
 * {@code .jsonl} or {@code .ndjson} file starting with anything else is not a score table; other extensions
 * fall back to CSV.
 */
final class FormatDetector {
    private FormatDetector() {
    }

    /** The format, or empty when the file is empty or a JSON-named file does not start like JSON. */
    static Optional<TableFormat> detect(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int first = firstNonSpace(file);
        if (first < 0) {
            return Optional.empty();
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return Optional.of(TableFormat.WIDE_CSV);
        }
        if (first == '[') {
            return Optional.of(TableFormat.ROUTERDC_JSON);
        }
        if (first == '{') {
            return Optional.of(TableFormat.JSON_LINES);
        }
        boolean jsonName = name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
        return jsonName ? Optional.empty() : Optional.of(TableFormat.WIDE_CSV);
    }

    /** First byte that is not whitespace or part of a UTF-8 BOM, or -1 for an empty/blank file. */
    static int firstNonSpace(Path file) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            int b;
            int position = 0;
            while ((b = in.read()) >= 0) {
                boolean bom = position < 3 && (b == 0xEF || b == 0xBB || b == 0xBF);
                position++;
                if (!bom && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return b;
                }
            }
            return -1;
        }
    }
}
