package org.routerdc.workbench.data;

import org.routerdc.workbench.files.AtomicFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Exports score tables in a format {@link ScoreTables} reads back. */
public final class ScoreTableWriter {
    private ScoreTableWriter() {
    }

    /**
     * Writes JSON Lines: one object per row with id, task (when set), question, scores, costs (when set),
     * cluster_id (when set); the first row also carries the table's metric. Written to a temporary file first,
     * then moved into place.
     */
    public static void writeJsonl(ScoreTable table, Path file) throws IOException {
        AtomicFiles.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp);
                 JsonGenerator json = JsonRowReader.FACTORY.createGenerator(out)) {
                json.setRootValueSeparator(new SerializedString("\n"));
                boolean first = true;
                for (QueryRow row : table.rows()) {
                    writeRow(json, table, row, first);
                    first = false;
                }
                json.writeRaw('\n');
            }
        });
    }

    private static void writeRow(JsonGenerator json, ScoreTable table, QueryRow row, boolean withMetric)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", row.id());
        if (row.task() != null) {
            json.writeStringField("task", row.task());
        }
        json.writeStringField("question", row.text());
        writeValues(json, "scores", table, row.scores());
        if (row.costs() != null) {
            writeValues(json, "costs", table, row.costs());
        }
        if (row.hasCluster()) {
            json.writeNumberField("cluster_id", row.clusterId());
        }
        if (withMetric) {
            json.writeStringField("metric", table.metric().label());
        }
        json.writeEndObject();
    }

    private static void writeValues(JsonGenerator json, String field, ScoreTable table, double[] values)
            throws IOException {
        json.writeObjectFieldStart(field);
        for (int j = 0; j < values.length; j++) {
            if (Double.isNaN(values[j])) {
                json.writeNullField(table.llms().get(j)); // a hole: read back as missing
            } else {
                json.writeNumberField(table.llms().get(j), values[j]);
            }
        }
        json.writeEndObject();
    }
}
