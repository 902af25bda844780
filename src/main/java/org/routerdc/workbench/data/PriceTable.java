package org.routerdc.workbench.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.files.AtomicFiles;

/**
 * A user's price list, {@code {"<llm>": cost per query}}: the cost of every query an LLM answers, for tables that
 * carry no costs of their own. It must name exactly the given LLMs, each with a finite cost &gt;= 0.
 *
 * @param file   where it came from (null when built in memory)
 * @param prices LLM to cost per query, in the order asked for
 */
public record PriceTable(Path file, Map<String, Double> prices) {
    public PriceTable {
        prices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(prices));
    }

    /**
     * @param llms the LLMs it must price, all and only them
     * @throws ScoreTableException every problem, located: {@code prices.json:3: LLM 'x': cost is negative (-1.0)}
     */
    public static PriceTable read(Path file, List<String> llms) throws ScoreTableException, IOException {
        List<DataError> errors = new ArrayList<>();
        Map<String, Double> found = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JsonRowReader.FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new ScoreTableException(new DataError(file, first == null ? 0 : parser.currentTokenLocation().getLineNr(),
                        null, "a price table is a JSON object {\"<llm>\": cost per query}, found "
                        + (first == null ? "nothing" : JsonRowReader.describe(first))));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String llm = parser.currentName();
                JsonToken value = parser.nextToken();
                long line = parser.currentTokenLocation().getLineNr();
                String problem = problem(parser, value, llm, llms);
                if (problem != null) {
                    errors.add(new DataError(file, line, null, "LLM '" + llm + "': " + problem));
                    parser.skipChildren();
                } else {
                    found.put(llm, parser.getDoubleValue());
                }
            }
        } catch (JsonProcessingException e) {
            throw new ScoreTableException(new DataError(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    null, "malformed JSON: " + e.getOriginalMessage()));
        }
        return complete(file, found, llms, errors);
    }

    /** The table of {@code found} once every LLM has a price; else every problem, each LLM's missing price included. */
    private static PriceTable complete(Path file, Map<String, Double> found, List<String> llms, List<DataError> errors)
            throws ScoreTableException {
        for (String llm : llms) {
            if (!found.containsKey(llm) && errors.stream().noneMatch(e -> e.message().startsWith("LLM '" + llm + "'"))) {
                errors.add(new DataError(file, 0, null, "LLM '" + llm + "' has no price (every LLM needs one)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ScoreTableException(errors);
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        llms.forEach(llm -> ordered.put(llm, found.get(llm)));
        return new PriceTable(file, ordered);
    }

    private static String problem(JsonParser parser, JsonToken value, String llm, List<String> llms) throws IOException {
        if (!llms.contains(llm)) {
            return "unknown LLM (expected one of " + llms + ")";
        }
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            return "cost must be a number, found " + JsonRowReader.describe(value);
        }
        return costProblem(parser.getDoubleValue(), parser.getText());
    }

    /**
     * What is wrong with one cost per query, or null when it is a finite number &gt;= 0.
     *
     * @param written the cost as the user wrote it, for the message about a negative one
     */
    public static String costProblem(double cost, String written) {
        if (!Double.isFinite(cost)) {
            return "cost is not finite (" + cost + ")";
        }
        return cost < 0 ? "cost is negative (" + written + ")" : null;
    }

    /**
     * A price table from prices in memory (an editor's), checked as {@link #read} checks a file: all and only
     * {@code llms}, each with a finite cost &gt;= 0.
     *
     * @param fileOrNull where the problems are placed (the file the prices came from), or null
     * @throws ScoreTableException every problem, one per LLM
     */
    public static PriceTable of(Path fileOrNull, Map<String, Double> prices, List<String> llms) throws ScoreTableException {
        List<DataError> errors = new ArrayList<>();
        Map<String, Double> found = new LinkedHashMap<>();
        prices.forEach((llm, cost) -> {
            String problem = !llms.contains(llm) ? "unknown LLM (expected one of " + llms + ")"
                    : cost == null ? null : costProblem(cost, String.valueOf(cost));
            if (problem != null) {
                errors.add(new DataError(fileOrNull, 0, null, "LLM '" + llm + "': " + problem));
            } else if (cost != null) {
                found.put(llm, cost);
            }
        });
        return complete(fileOrNull, found, llms, errors);
    }

    /** Writes {@code {"<llm>": cost per query}} (what {@link #read} and {@code --prices} read), atomically. */
    public void write(Path target) throws IOException {
        AtomicFiles.write(target, temp -> {
            try (OutputStream out = Files.newOutputStream(temp);
                 JsonGenerator json = JsonRowReader.FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
                json.writeStartObject();
                for (Map.Entry<String, Double> price : prices.entrySet()) {
                    json.writeNumberField(price.getKey(), price.getValue());
                }
                json.writeEndObject();
            }
        });
    }

    /** The costs in {@code llms}' order. */
    public double[] costs(List<String> llms) {
        return llms.stream().mapToDouble(llm -> {
            Double cost = prices.get(llm);
            if (cost == null) {
                throw new IllegalArgumentException("no price for LLM '" + llm + "'");
            }
            return cost;
        }).toArray();
    }

    /**
     * The table with every row costing these prices, when it carries no costs of its own (a table's own costs win);
     * a hole stays a hole (NaN cost).
     */
    public ScoreTable fill(ScoreTable table) {
        if (table.hasCosts()) {
            return table;
        }
        double[] perQuery = costs(table.llms());
        List<QueryRow> rows = new ArrayList<>(table.size());
        for (QueryRow row : table.rows()) {
            double[] costs = perQuery.clone();
            for (int j = 0; j < costs.length; j++) {
                if (!row.hasScore(j)) {
                    costs[j] = QueryRow.MISSING;
                }
            }
            rows.add(new QueryRow(row.id(), row.text(), row.task(), row.clusterId(), row.scores(), costs));
        }
        return table.withRows(rows);
    }
}
