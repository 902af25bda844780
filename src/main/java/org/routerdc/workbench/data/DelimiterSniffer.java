package org.routerdc.workbench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/** Picks the CSV delimiter (comma, tab, semicolon) that occurs most often outside quotes in the header line. */
final class DelimiterSniffer {
    private static final int LOOK_AHEAD = 1 << 16;

    private DelimiterSniffer() {
    }

    /** Peeks at the header without consuming it. */
    static char sniff(BufferedReader reader, Path file) throws IOException {
        reader.mark(LOOK_AHEAD);
        char[] buffer = new char[LOOK_AHEAD];
        int length = Math.max(0, reader.read(buffer));
        reader.reset();
        int commas = 0, tabs = 0, semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        boolean tsvName = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv");
        if (tabs > 0 && (tsvName || tabs >= commas && tabs >= semicolons)) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
