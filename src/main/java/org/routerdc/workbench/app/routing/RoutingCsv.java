package org.routerdc.workbench.app.routing;

import org.routerdc.workbench.files.AtomicFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.route.RankedLlm;
import org.routerdc.workbench.route.RoutingDecision;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The choices for a routed file as CSV: id, query, chosen LLM, its probability, each LLM's router score, and —
 * when the file has a score for the chosen LLM — the score it actually got (the realised score).
 */
public final class RoutingCsv {
    private RoutingCsv() {
    }

    /** Writes atomically (temp file + move). {@code decisions} are in the table's row order. */
    public static void write(Path file, ScoreTable table, List<RoutingDecision> decisions) throws IOException {
        List<String> llms = decisions.isEmpty() ? List.of()
                : decisions.getFirst().ranked().stream().map(RankedLlm::llm).sorted().toList();
        List<String> header = new ArrayList<>(List.of("id", "query", "chosen_llm", "probability"));
        llms.forEach(llm -> header.add("score_" + llm));
        header.add("realised_score");
        AtomicFiles.write(file, tmp -> {
            try (Writer out = Files.newBufferedWriter(tmp);
                 CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
                for (int i = 0; i < decisions.size(); i++) {
                    csv.printRecord(row(table, table.rows().get(i), decisions.get(i), llms));
                }
            }
        });
    }

    static List<String> row(ScoreTable table, QueryRow row, RoutingDecision decision, List<String> llms) {
        List<String> cells = new ArrayList<>(List.of(row.id() == null ? "" : row.id(), row.text(), decision.chosen().llm(),
                number(decision.chosen().probability())));
        for (String llm : llms) {
            cells.add(decision.ranked().stream().filter(r -> r.llm().equals(llm)).findFirst()
                    .map(r -> number(r.score())).orElse(""));
        }
        int column = table.llms().indexOf(decision.chosen().llm());
        double realised = column < 0 || row.scores() == null ? Double.NaN : row.scores()[column];
        cells.add(Double.isFinite(realised) ? number(realised) : "");
        return cells;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
