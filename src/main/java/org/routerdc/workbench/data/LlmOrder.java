package org.routerdc.workbench.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Compares and aligns the LLM columns of tables from different files. */
public final class LlmOrder {
    private LlmOrder() {
    }

    /** Why {@code other}'s LLM set differs from {@code reference}'s, or empty when the sets are equal. */
    public static Optional<String> mismatch(ScoreTable reference, ScoreTable other) {
        Set<String> missing = new LinkedHashSet<>(reference.llms());
        missing.removeAll(other.llms());
        Set<String> extra = new LinkedHashSet<>(other.llms());
        extra.removeAll(reference.llms());
        if (missing.isEmpty() && extra.isEmpty()) {
            return Optional.empty();
        }
        String otherName = fileName(other), referenceName = fileName(reference);
        StringBuilder text = new StringBuilder("LLMs differ from the first file " + referenceName + ":");
        if (!missing.isEmpty()) {
            text.append(" missing in ").append(otherName).append(": ").append(missing).append(';');
        }
        if (!extra.isEmpty()) {
            text.append(" only in ").append(otherName).append(": ").append(extra).append(';');
        }
        text.setLength(text.length() - 1);
        return Optional.of(text.append(" (file rejected)").toString());
    }

    /** The table with score and cost columns in {@code order} (which must hold exactly the table's LLMs). */
    public static ScoreTable reorder(ScoreTable table, List<String> order) {
        if (table.llms().equals(order)) {
            return table;
        }
        if (!Set.copyOf(order).equals(Set.copyOf(table.llms())) || order.size() != table.llms().size()) {
            throw new IllegalArgumentException("cannot re-order " + table.llms() + " as " + order);
        }
        int[] from = order.stream().mapToInt(table.llms()::indexOf).toArray();
        List<QueryRow> rows = new ArrayList<>(table.size());
        for (QueryRow row : table.rows()) {
            rows.add(new QueryRow(row.id(), row.text(), row.task(), row.clusterId(), pick(row.scores(), from),
                    row.costs() == null ? null : pick(row.costs(), from)));
        }
        return new ScoreTable(table.name(), table.source(), table.metric(), order, rows, table.warnings());
    }

    private static double[] pick(double[] values, int[] from) {
        double[] picked = new double[from.length];
        for (int i = 0; i < from.length; i++) {
            picked[i] = values[from[i]];
        }
        return picked;
    }

    private static String fileName(ScoreTable table) {
        return table.source() == null ? table.name() : table.source().getFileName().toString();
    }
}
