package org.routerdc.workbench.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import java.io.IOException;
import java.util.Map;

/**
 * Reads one row object ({@code question, scores, cluster_id, id, task, costs, metric}) from a streaming parser
 * positioned on its START_OBJECT. Unknown fields are skipped. Type problems in question/id/task are reported and
 * make the method return null; raw score values are checked later by {@link RowAssembler}.
 */
final class JsonRowReader {
    /** NaN/Infinity tokens parse (Python's json writes them) so that the assembler can name them precisely. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonRowReader() {
    }

    /** @param lineBase added to the parser's line (JSON Lines parse each line on its own) */
    static RawRow read(JsonParser parser, long lineBase, int index, RowAssembler errors, String where) throws IOException {
        long line = lineBase + parser.currentTokenLocation().getLineNr();
        String id = null, text = null, task = null, metric = null;
        Object cluster = null;
        Map<String, Object> scores = null, costs = null;
        boolean ok = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "question", "prompt", "query" -> {
                    text = string(parser, value);
                    ok &= text != null || value == JsonToken.VALUE_NULL
                            || report(errors, line, field, where, "a string", value);
                }
                case "id" -> {
                    id = value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getText() : null;
                    ok &= value.isScalarValue() || report(errors, line, field, where, "a string or number", value);
                }
                case "task" -> {
                    task = string(parser, value);
                    ok &= task != null || value == JsonToken.VALUE_NULL
                            || report(errors, line, field, where, "a string", value);
                }
                case "metric" -> {
                    metric = string(parser, value);
                    ok &= metric != null || report(errors, line, field, where, "\"binary\" or \"graded\"", value);
                }
                case "cluster_id" -> cluster = scalar(parser, value);
                case "scores" -> {
                    scores = numberMap(parser, value);
                    ok &= scores != null || report(errors, line, field, where, "an object of LLM scores", value);
                }
                case "costs" -> {
                    costs = numberMap(parser, value);
                    ok &= costs != null || value == JsonToken.VALUE_NULL
                            || report(errors, line, field, where, "an object of LLM costs", value);
                }
                default -> parser.skipChildren();
            }
        }
        return ok ? new RawRow(line, index, id, text, task, cluster, scores, costs, metric) : null;
    }

    private static boolean report(RowAssembler errors, long line, String field, String where, String expected,
                                  JsonToken found) {
        errors.error(line, field, where + "expected " + expected + ", found " + describe(found));
        return false;
    }

    private static String string(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }

    private static Object scalar(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> {
                parser.skipChildren();
                yield new RawRow.Unreadable(describe(value));
            }
        };
    }

    /** An object of name to raw value in file order, or null when the value is not an object. */
    private static Map<String, Object> numberMap(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Map<String, Object> map = RowAssembler.orderedMap();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            map.put(name, scalar(parser, parser.nextToken()));
        }
        return map;
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }
}
