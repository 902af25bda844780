package org.routerdc.workbench.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams a RouterDC JSON array of row objects. */
final class RouterDcJsonReader {
    private RouterDcJsonReader() {
    }

    static void read(Path file, RowAssembler sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JsonRowReader.FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                sink.error(1, null, "expected a JSON array of rows, found " + JsonRowReader.describe(first));
                return;
            }
            int index = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                index++;
                if (token != JsonToken.START_OBJECT) {
                    sink.error(parser.currentTokenLocation().getLineNr(), null,
                            "row " + index + ": expected an object, found " + JsonRowReader.describe(token));
                    parser.skipChildren();
                    continue;
                }
                RawRow row = JsonRowReader.read(parser, 0, index, sink, "row " + index + ": ");
                if (row != null) {
                    sink.accept(row);
                }
            }
            if (token == null) {
                sink.error(parser.currentLocation().getLineNr(), null, "unexpected end of file: the array is not closed");
            } else if (parser.nextToken() != null) {
                sink.error(parser.currentTokenLocation().getLineNr(), null, "extra content after the closing ']'");
            }
        } catch (JsonProcessingException e) {
            sink.syntaxError(JsonSyntax.describe(e), 0);
        } catch (CharConversionException e) {
            // Jackson guesses UTF-16/32 from the first bytes and fails inside them
            sink.error(0, null, "not UTF-8 text (the first bytes look like UTF-16 or UTF-32, then break off)");
        }
    }
}
