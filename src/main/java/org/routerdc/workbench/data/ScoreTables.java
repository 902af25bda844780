package org.routerdc.workbench.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads score tables in any supported format, and combines them. */
public final class ScoreTables {
    private ScoreTables() {
    }

    /**
     * Reads one score table, detecting its format from extension and content.
     *
     * Holes (missing scores) are kept, with a warning on the table; see {@link #read(Path, Metric, boolean)}.
     *
     * @param metricOrNull explicit metric; null takes the file's own "metric" hint, else {@link Metric#GRADED}
     * @throws ScoreTableException with every located problem (up to 50, then a count) when the file is invalid
     * @throws IOException         when the file cannot be read at all
     */
    public static ScoreTable read(Path file, Metric metricOrNull) throws ScoreTableException, IOException {
        return read(file, metricOrNull, false);
    }

    /** @param strict refuse holes (an empty, null or absent score) as errors instead of keeping them */
    public static ScoreTable read(Path file, Metric metricOrNull, boolean strict) throws ScoreTableException, IOException {
        ErrorCollector errors = new ErrorCollector(file);
        Optional<TableFormat> format = FormatDetector.detect(file);
        if (format.isEmpty()) {
            throw new ScoreTableException(new DataError(file, 0, null, FormatDetector.firstNonSpace(file) < 0
                    ? "file is empty (no rows)"
                    : "not a score table: a JSON file must start with '[' (RouterDC array) or '{' (JSON Lines)"));
        }
        long badLine = Utf8Check.firstInvalidLine(file);
        if (badLine > 0) {
            throw new ScoreTableException(new DataError(file, badLine, null,
                    "invalid UTF-8 bytes on this line: save the file as UTF-8"));
        }
        RowAssembler assembler = new RowAssembler(datasetName(file), errors, format.get() == TableFormat.ROUTERDC_JSON,
                strict);
        switch (format.get()) {
            case ROUTERDC_JSON -> RouterDcJsonReader.read(file, assembler);
            case JSON_LINES -> JsonLinesReader.read(file, assembler);
            case WIDE_CSV -> WideCsvReader.read(file, assembler);
        }
        RowAssembler.ParsedTable parsed = assembler.finish();
        Metric metric = metricOrNull != null ? metricOrNull
                : parsed.metricHint() != null ? parsed.metricHint() : Metric.GRADED;
        return new ScoreTable(datasetName(file), file, metric, parsed.llms(), parsed.rows(), parsed.warnings());
    }

    public static ScoreTable read(DataSource source) throws ScoreTableException, IOException {
        return read(source.file(), source.metricOrNull());
    }

    public static LoadResult readAll(List<DataSource> sources) {
        return readAll(sources, false);
    }

    /**
     * Reads every source; invalid files are reported and skipped. The first loaded table fixes the LLM set and
     * order: a table with the same LLMs in another order is re-ordered, one with other LLMs is rejected.
     */
    public static LoadResult readAll(List<DataSource> sources, boolean strict) {
        List<ScoreTable> tables = new ArrayList<>();
        List<DataError> errors = new ArrayList<>();
        for (DataSource source : sources) {
            ScoreTable table;
            try {
                table = read(source.file(), source.metricOrNull(), strict);
            } catch (ScoreTableException e) {
                errors.addAll(e.errors());
                continue;
            } catch (IOException e) {
                errors.add(new DataError(source.file(), 0, null, "cannot read the file: " + describe(e)));
                continue;
            }
            if (tables.isEmpty()) {
                tables.add(table);
                continue;
            }
            ScoreTable first = tables.getFirst();
            Optional<String> mismatch = LlmOrder.mismatch(first, table);
            if (mismatch.isPresent()) {
                errors.add(new DataError(source.file(), 0, "scores", mismatch.get()));
            } else {
                tables.add(LlmOrder.reorder(table, first.llms()));
            }
        }
        return new LoadResult(tables, errors);
    }

    /**
     * Exactly {@code n} rows: the rows repeated until there are at least n, then cut (the RouterDC paper's fixed
     * number of training queries per dataset). Repeated copies get ids {@code <id>@2}, {@code <id>@3}, ... so ids
     * stay unique.
     */
    public static ScoreTable capPerDataset(ScoreTable table, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("row count must be >= 0, got " + n);
        }
        if (n > 0 && table.size() == 0) {
            throw new IllegalArgumentException("cannot fill " + n + " rows from the empty table " + table.name());
        }
        List<QueryRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            QueryRow row = table.rows().get(i % table.size());
            int copy = i / table.size() + 1;
            rows.add(copy == 1 ? row : new QueryRow(row.id() + "@" + copy, row.text(), row.task(), row.clusterId(),
                    row.scores(), row.costs()));
        }
        return table.withRows(rows);
    }

    /** Dataset name: the file name without its last extension. */
    static String datasetName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
