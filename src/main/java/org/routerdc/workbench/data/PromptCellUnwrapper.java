package org.routerdc.workbench.data;

import java.util.ArrayList;
import java.util.List;

/**
 * RouterBench stores some prompts as a Python list of strings ({@code "['first turn', 'second']"}). This turns such
 * a cell into its text (elements joined by a newline), decoding Python escapes; any other cell is returned as is.
 */
final class PromptCellUnwrapper {
    private PromptCellUnwrapper() {
    }

    static String unwrap(String cell) {
        String trimmed = cell.strip();
        if (trimmed.length() < 2 || trimmed.charAt(0) != '[' || trimmed.charAt(trimmed.length() - 1) != ']') {
            return cell;
        }
        List<String> parts = parseList(trimmed);
        return parts == null || parts.isEmpty() ? cell : String.join("\n", parts);
    }

    /** The list's strings, or null when the text is not a list of string literals. */
    private static List<String> parseList(String text) {
        List<String> parts = new ArrayList<>();
        int i = skipSpace(text, 1);
        while (i < text.length() - 1) {
            char quote = text.charAt(i);
            if (quote != '\'' && quote != '"') {
                return null;
            }
            StringBuilder part = new StringBuilder();
            i++;
            while (i < text.length() && text.charAt(i) != quote) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    i = escape(text, i + 1, part);
                    if (i < 0) {
                        return null;
                    }
                } else {
                    part.append(c);
                    i++;
                }
            }
            if (i >= text.length()) {
                return null;
            }
            parts.add(part.toString());
            i = skipSpace(text, i + 1);
            if (text.charAt(i) == ',') {
                i = skipSpace(text, i + 1);
            } else if (i != text.length() - 1) {
                return null;
            }
        }
        return parts;
    }

    /** Decodes the escape whose letter is at {@code i}; returns the index after it, or -1 when malformed. */
    private static int escape(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        switch (c) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case '0' -> out.append('\0');
            case 'x', 'u', 'U' -> {
                int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                if (i + 1 + digits > text.length()) {
                    return -1;
                }
                try {
                    out.appendCodePoint(Integer.parseInt(text.substring(i + 1, i + 1 + digits), 16));
                } catch (IllegalArgumentException e) {
                    return -1;
                }
                return i + 1 + digits;
            }
            case '\\', '\'', '"', '\n' -> out.append(c == '\n' ? "" : String.valueOf(c));
            default -> out.append('\\').append(c); // Python keeps unknown escapes verbatim
        }
        return i + 1;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
