package org.routerdc.workbench.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates raw rows from any reader and assembles them into a table. The first accepted row fixes the LLM order
 * (a CSV reader fixes it from its header instead) and whether rows carry costs.
 *
 * <p>Holes: unless strict, an empty cell, a null or an absent key is kept as {@link QueryRow#MISSING}; an LLM first
 * named further down a JSON file joins the set, missing on the rows above. A missing cost counts as a missing score
 * (the LLM's result on that row cannot be priced). Strict loads refuse holes as errors, as before holes were allowed.
 */
final class RowAssembler {
    private final String dataset;
    private final ErrorCollector errors;
    private final boolean rowInMessage;
    private final boolean strict;
    private final Holes holes = new Holes();
    private final List<QueryRow> rows = new ArrayList<>();
    private final List<Long> rowLines = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private List<String> llms;
    private boolean headerFixed;
    private Boolean withCosts;
    private String metricHint;
    private long metricHintLine;
    private int errorCount;

    /** @param rowInMessage name the row position in messages (JSON arrays, where many rows share a line) */
    RowAssembler(String dataset, ErrorCollector errors, boolean rowInMessage, boolean strict) {
        this.dataset = dataset;
        this.errors = errors;
        this.rowInMessage = rowInMessage;
        this.strict = strict;
    }

    /** Fixes the LLM columns up front (CSV header). */
    void expectLlms(List<String> names, boolean costs) {
        llms = List.copyOf(names);
        withCosts = costs;
        headerFixed = true;
    }

    void accept(RawRow raw) {
        String where = rowInMessage ? "row " + raw.index() + ": " : "";
        int before = errorCount;
        if (raw.text() == null) {
            error(raw, "question", where + "missing question");
        } else if (raw.text().isBlank()) {
            error(raw, "question", where + "question is blank");
        }
        String id = raw.id() == null || raw.id().isBlank() ? dataset + "#" + raw.index() : raw.id();
        if (raw.id() != null && !raw.id().isBlank() && !ids.add(raw.id())) {
            error(raw, "id", where + "duplicate id '" + raw.id() + "'");
        }
        int cluster = QueryRow.NO_CLUSTER;
        try {
            cluster = NumberCells.clusterId(raw.clusterId());
        } catch (NumberCells.NotANumber e) {
            error(raw, "cluster_id", where + e.getMessage());
        }
        if (raw.scores() == null || raw.scores().isEmpty()) {
            error(raw, "scores", where + "no scores");
            return;
        }
        if (llms == null) {
            llms = new ArrayList<>(raw.scores().keySet());
            withCosts = raw.costs() != null;
        } else if (!strict && !headerFixed) {
            raw.scores().keySet().stream().filter(name -> !llms.contains(name)).forEach(llms::add);
        }
        double[] scores = values(raw, raw.scores(), "scores", where);
        double[] costs = null;
        if (withCosts && raw.costs() == null) {
            error(raw, "costs", where + "missing costs (earlier rows have them)");
        } else if (withCosts) {
            costs = values(raw, raw.costs(), "costs", where);
        } else if (raw.costs() != null) {
            error(raw, "costs", where + "unexpected costs (the first row has none)");
        }
        if (raw.metricHint() != null && metricHint == null) {
            metricHint = raw.metricHint();
            metricHintLine = raw.line();
        }
        if (errorCount == before) {
            markHoles(scores, costs, raw.line());
            rows.add(new QueryRow(id, raw.text(), raw.task(), cluster, scores, costs));
            rowLines.add(raw.line());
        }
    }

    private double[] values(RawRow raw, Map<String, Object> cells, String field, String where) {
        double[] values = new double[llms.size()];
        for (int i = 0; i < llms.size(); i++) {
            String llm = llms.get(i);
            if (!strict && NumberCells.isMissing(cells.get(llm))) {
                values[i] = QueryRow.MISSING;
                continue;
            }
            if (!cells.containsKey(llm)) {
                error(raw, field + "." + llm, where + "LLM '" + llm + "' is missing from this row");
                continue;
            }
            try {
                values[i] = NumberCells.finite(cells.get(llm));
            } catch (NumberCells.NotANumber e) {
                error(raw, field + "." + llm, where + e.getMessage());
            }
        }
        if (cells.size() > llms.size() || !llms.containsAll(cells.keySet())) {
            for (String name : cells.keySet()) {
                if (!llms.contains(name)) {
                    error(raw, field + "." + name, where + "extra LLM '" + name + "' not in the first row's " + llms);
                }
            }
        }
        return values;
    }

    /** A missing score or cost makes the LLM missing on the row, both values NaN. */
    private void markHoles(double[] scores, double[] costs, long line) {
        for (int j = 0; j < scores.length; j++) {
            boolean noScore = Double.isNaN(scores[j]);
            boolean noCost = costs != null && Double.isNaN(costs[j]);
            if (noScore || noCost) {
                scores[j] = QueryRow.MISSING;
                if (costs != null) {
                    costs[j] = QueryRow.MISSING;
                }
                holes.add(llms.get(j), line, !noScore);
            }
        }
    }

    /** Rows read before an LLM was first named lack it. */
    private void padRows() {
        for (int r = 0; r < rows.size(); r++) {
            QueryRow row = rows.get(r);
            if (row.scores().length == llms.size()) {
                continue;
            }
            for (int j = row.scores().length; j < llms.size(); j++) {
                holes.add(llms.get(j), rowLines.get(r), false);
            }
            rows.set(r, new QueryRow(row.id(), row.text(), row.task(), row.clusterId(), padded(row.scores()),
                    row.costs() == null ? null : padded(row.costs())));
        }
    }

    private double[] padded(double[] values) {
        double[] longer = java.util.Arrays.copyOf(values, llms.size());
        java.util.Arrays.fill(longer, values.length, longer.length, QueryRow.MISSING);
        return longer;
    }

    private void error(RawRow raw, String field, String message) {
        errorCount++;
        errors.add(raw.line(), field, message);
    }

    /** Problems found by a reader (parse errors, wrong types) also block the table. */
    void error(long line, String field, String message) {
        errorCount++;
        errors.add(line, field, message);
    }

    /** A syntax error the reader cannot read past, at its line and column. */
    void syntaxError(JsonSyntax.Problem problem, long lineBase) {
        errorCount++;
        errors.add(problem.line() <= 0 ? 0 : lineBase + problem.line(), problem.column(), null, problem.message());
    }

    /** The valid table, or every error found. */
    ParsedTable finish() throws ScoreTableException {
        Metric hint = null;
        if (metricHint != null) {
            try {
                hint = Metric.parse(metricHint);
            } catch (IllegalArgumentException e) {
                error(metricHintLine, "metric", "unknown metric '" + metricHint + "' (expected binary or graded)");
            }
        }
        if (rows.isEmpty() && errorCount == 0) {
            error(0, null, "no rows: the file holds no queries");
        }
        if (errorCount == 0) {
            padRows();
            for (String llm : holes.missingEverywhere(llms, rows.size())) {
                error(0, "scores." + llm, "LLM '" + llm + "' has no score on any row");
            }
        }
        if (errorCount > 0) {
            throw errors.exception();
        }
        return new ParsedTable(List.copyOf(llms), rows, hint, holes.warning(errors.file()).map(List::of).orElse(List.of()));
    }

    /** A validated table body; the facade adds name, source and metric. */
    record ParsedTable(List<String> llms, List<QueryRow> rows, Metric metricHint, List<DataError> warnings) {
    }

    static Map<String, Object> orderedMap() {
        return new LinkedHashMap<>();
    }
}
