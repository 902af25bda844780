package org.routerdc.workbench.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in a user's words, with their place: e.g. "the file ends inside an object opened at line
 * 3, column 2". Jackson's own messages name its source objects and settings, which mean nothing to a user.
 */
public final class JsonSyntax {
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(?:start marker at |for \\w+ starting at )?\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)?");
    private static final Pattern ANY_SOURCE = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");
    private static final Pattern CODE = Pattern.compile("\\s*\\((?:CTRL-CHAR, )?code \\d+\\)");
    private static final Pattern SETTING = Pattern.compile(",? from `[^`]*`|\\s*\\(?`[A-Za-z.]+\\.[A-Z_]+`[^)]*\\)?");

    /**
     * @param line   1-based line of the problem (0 when unknown)
     * @param column 1-based column (0 when unknown)
     */
    public record Problem(long line, int column, String message) {
        /** "line 3, column 7: message", or the message alone when the place is unknown. */
        public String located() {
            return line <= 0 ? message : "line " + line + (column > 0 ? ", column " + column : "") + ": " + message;
        }
    }

    private JsonSyntax() {
    }

    public static Problem describe(JsonProcessingException e) {
        return describe(e, "file");
    }

    /** @param unit what the parser was given: "file", or "line" for JSON Lines */
    public static Problem describe(JsonProcessingException e, String unit) {
        JsonLocation at = e.getLocation() != null ? e.getLocation()
                : e.getProcessor() instanceof JsonParser parser ? parser.currentLocation() : null;
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new Problem(line, column, message(e, unit));
    }

    private static String message(JsonProcessingException e, String unit) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return endOfInput(e, unit);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "field '" + path(mapping) + "': " + clean(e.getOriginalMessage());
        }
        if (e instanceof StreamConstraintsException) {
            return "too large for this reader: " + clean(e.getOriginalMessage());
        }
        return clean(e.getOriginalMessage());
    }

    private static String endOfInput(JsonProcessingException e, String unit) {
        JsonToken decoding = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
        if (decoding == JsonToken.VALUE_STRING || decoding == JsonToken.FIELD_NAME) {
            return "the " + unit + " ends inside a string (a closing \" is missing)";
        }
        JsonStreamContext context = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null;
        if (context == null || context.inRoot()) {
            return "the " + unit + " ends inside a value";
        }
        String what = context.inObject() ? "an object ('}' is missing)" : "an array (']' is missing)";
        JsonLocation opened = context.startLocation(ContentReference.unknown());
        String place = opened == null || opened.getLineNr() <= 0 ? ""
                : unit.equals("file") ? " opened at line " + opened.getLineNr() + ", column " + opened.getColumnNr()
                : " opened at column " + opened.getColumnNr();
        return "the " + unit + " ends inside " + what + place;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Jackson's message without its source descriptions, character codes and setting names. */
    static String clean(String original) {
        if (original == null || original.isBlank()) {
            return "malformed JSON";
        }
        Matcher source = SOURCE.matcher(original);
        StringBuilder text = new StringBuilder();
        while (source.find()) {
            source.appendReplacement(text, Matcher.quoteReplacement(" opened at line " + source.group(1) + ", column " + source.group(2)));
        }
        source.appendTail(text);
        String cleaned = ANY_SOURCE.matcher(text).replaceAll("");
        cleaned = CODE.matcher(cleaned).replaceAll("");
        cleaned = SETTING.matcher(cleaned).replaceAll("");
        cleaned = cleaned.replace("Unexpected character ((", "unexpected character (").replace("\n", " ").strip();
        return cleaned.isEmpty() ? "malformed JSON" : Character.toLowerCase(cleaned.charAt(0)) + cleaned.substring(1);
    }
}
