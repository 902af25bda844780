package org.routerdc.workbench.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a wide CSV/TSV score table (one score column per LLM, see {@link CsvColumns}). Lines reported are the
 * physical line where a record starts (header = line 1), so they match an editor even when prompts span lines.
 */
final class WideCsvReader {
    private WideCsvReader() {
    }

    static void read(Path file, RowAssembler sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            skipBom(reader);
            char delimiter = DelimiterSniffer.sniff(reader, file);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
            CSVParser parser = CSVParser.parse(reader, format);
            long lineBefore = 0;
            try {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    return; // no header either: the assembler reports "no rows"
                }
                CsvColumns columns = CsvColumns.of(records.next().toList());
                if (!columns.problems().isEmpty()) {
                    columns.problems().forEach(problem -> sink.error(1, problem.column(), problem.message()));
                    return;
                }
                sink.expectLlms(columns.scores().keySet().stream().toList(), !columns.costs().isEmpty());
                lineBefore = parser.getCurrentLineNumber();
                int index = 0;
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    long line = lineBefore + 1;
                    lineBefore = parser.getCurrentLineNumber();
                    index++;
                    if (record.size() != columns.width()) {
                        sink.error(line, null, "row has " + record.size() + " columns, the header has " + columns.width());
                        continue;
                    }
                    sink.accept(row(record, columns, line, index));
                }
            } catch (UncheckedIOException e) {
                sink.error(lineBefore + 1, null, "malformed CSV: " + e.getCause().getMessage());
            }
        }
    }

    private static RawRow row(CSVRecord record, CsvColumns columns, long line, int index) {
        String text = PromptCellUnwrapper.unwrap(record.get(columns.prompt()));
        return new RawRow(line, index, cell(record, columns.id()), text, cell(record, columns.task()),
                cell(record, columns.cluster()), cells(record, columns.scores()),
                columns.costs().isEmpty() ? null : cells(record, columns.costs()), null);
    }

    private static String cell(CSVRecord record, int column) {
        if (column < 0) {
            return null;
        }
        String value = record.get(column);
        return value.isBlank() ? null : value;
    }

    private static Map<String, Object> cells(CSVRecord record, Map<String, Integer> columns) {
        Map<String, Object> values = RowAssembler.orderedMap();
        columns.forEach((llm, column) -> values.put(llm, cell(record, column)));
        return values;
    }

    private static void skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }
}
