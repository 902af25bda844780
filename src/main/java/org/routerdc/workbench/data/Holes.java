package org.routerdc.workbench.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts a table's holes (LLMs without a score on a row) while it loads, and words them: one located warning per
 * file naming each LLM, its count and its first few lines; an LLM without a score on any row is an error instead.
 */
final class Holes {
    private static final int PLACES_SHOWN = 3;

    private final Map<String, Count> byLlm = new LinkedHashMap<>();

    /** One row lacks {@code llm}: its score, or (a costed table) its cost. */
    void add(String llm, long line, boolean costOnly) {
        Count count = byLlm.computeIfAbsent(llm, name -> new Count());
        count.rows++;
        count.costOnly &= costOnly;
        // rows padded for an LLM first seen further down arrive late: keep the smallest lines
        int at = 0;
        while (at < count.lines.size() && count.lines.get(at) < line) {
            at++;
        }
        if (at < PLACES_SHOWN) {
            count.lines.add(at, line);
            if (count.lines.size() > PLACES_SHOWN) {
                count.lines.removeLast();
            }
        }
    }

    /** LLMs with no score on any of {@code rows} rows: each makes the file unusable. */
    List<String> missingEverywhere(List<String> llms, int rows) {
        return llms.stream().filter(llm -> byLlm.containsKey(llm) && byLlm.get(llm).rows >= rows).toList();
    }

    /** {@code file:line: LLM 'x' has no score (20 rows: lines 3, 8, 9, ...); LLM 'y' ...}, or empty with no holes. */
    Optional<DataError> warning(Path file) {
        if (byLlm.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        long first = Long.MAX_VALUE;
        for (Map.Entry<String, Count> entry : byLlm.entrySet()) {
            Count count = entry.getValue();
            first = Math.min(first, count.lines.getFirst());
            StringBuilder text = new StringBuilder("LLM '" + entry.getKey() + "' has no " + (count.costOnly ? "cost" : "score")
                    + " (" + count.rows + (count.rows == 1 ? " row: line " : " rows: lines "));
            text.append(String.join(", ", count.lines.stream().map(String::valueOf).toList()));
            text.append(count.rows > count.lines.size() ? ", ...)" : ")");
            parts.add(text.toString());
        }
        return Optional.of(new DataError(file, first, null, String.join("; ", parts)
                + "; such rows train without those LLMs and are left out of evaluations"));
    }

    private static final class Count {
        int rows;
        boolean costOnly = true;
        final List<Long> lines = new ArrayList<>();
    }
}
