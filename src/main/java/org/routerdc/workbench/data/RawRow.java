package org.routerdc.workbench.data;

import java.util.Map;

/**
 * One row as a reader found it, before validation. Score, cost and cluster values are raw: a {@link Double},
 * {@link String}, {@link Boolean}, {@link Unreadable}, or null when the cell was empty / JSON null.
 *
 * @param line       1-based line where the row starts
 * @param index      1-based position of the row in the file
 * @param id         id from the file, or null
 * @param text       the query, or null when absent
 * @param task       task tag, or null
 * @param clusterId  raw cluster id, or null
 * @param scores     LLM name to raw score, in file order
 * @param costs      LLM name to raw cost, or null when the row has none
 * @param metricHint "binary"/"graded" hint from the row, or null
 */
record RawRow(long line, int index, String id, String text, String task, Object clusterId,
              Map<String, Object> scores, Map<String, Object> costs, String metricHint) {

    /** A value of a type that can never be a number (an object, an array), described for the message. */
    record Unreadable(String found) {
    }
}
