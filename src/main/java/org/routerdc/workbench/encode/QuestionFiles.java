package org.routerdc.workbench.encode;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads just the "question" texts of RouterDC JSON files (arrays of objects), for benchmarks and bulk exports. */
final class QuestionFiles {
    private QuestionFiles() {
    }

    /** The *.json files of a folder in sorted name order, or the single file given. */
    static List<Path> list(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> files = Files.list(fileOrFolder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The questions of one file, in row order. */
    static List<String> read(Path file) throws IOException {
        List<String> questions = new ArrayList<>();
        try (JsonParser parser = new ObjectMapper().getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + ": expected a JSON array of {\"question\": ...} objects");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String question = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (field.equals("question")) {
                        question = parser.getValueAsString();
                    } else {
                        parser.skipChildren();
                    }
                }
                if (question == null) {
                    throw new IOException(file + ": row " + questions.size() + " has no \"question\"");
                }
                questions.add(question);
            }
        }
        return questions;
    }
}
