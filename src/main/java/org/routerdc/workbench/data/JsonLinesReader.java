package org.routerdc.workbench.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads JSON Lines: one row object per line; blank lines are skipped; a bad line does not stop the rest. */
final class JsonLinesReader {
    private JsonLinesReader() {
    }

    static void read(Path file, RowAssembler sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            int index = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                index++;
                readLine(line, lineNumber, index, sink);
            }
        }
    }

    private static void readLine(String line, long lineNumber, int index, RowAssembler sink) throws IOException {
        try (JsonParser parser = JsonRowReader.FACTORY.createParser(line)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                sink.error(lineNumber, null, "expected a JSON object on this line, found " + JsonRowReader.describe(first));
                return;
            }
            RawRow row = JsonRowReader.read(parser, lineNumber - 1, index, sink, "");
            if (parser.nextToken() != null) {
                sink.error(lineNumber, null, "extra content after the object (one object per line)");
            } else if (row != null) {
                sink.accept(row);
            }
        } catch (JsonProcessingException e) {
            sink.syntaxError(JsonSyntax.describe(e, "line"), lineNumber - 1);
        }
    }
}
