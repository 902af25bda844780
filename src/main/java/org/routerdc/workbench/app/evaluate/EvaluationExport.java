package org.routerdc.workbench.app.evaluate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.routerdc.workbench.curve.CurvePoint;
import org.routerdc.workbench.curve.CurveReport;

/** The curve and the per-query table as CSV (RFC 4180 quoting). */
final class EvaluationExport {
    private EvaluationExport() {
    }

    /** lambda,cost,quality,onHull,share:<llm>... one row per swept λ. */
    static void curveCsv(CurveReport report, List<String> llms, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("lambda,cost,quality,onHull");
            for (String llm : llms) {
                out.write("," + quote("share:" + llm));
            }
            out.newLine();
            for (CurvePoint point : report.points()) {
                out.write(String.format(Locale.ROOT, "%s,%s,%s,%s", point.lambda(), point.cost(), point.quality(),
                        report.hull().contains(point.position())));
                for (String llm : llms) {
                    out.write("," + point.share().get(llm));
                }
                out.newLine();
            }
        }
    }

    static void queriesCsv(List<QueryOutcome> outcomes, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("query,dataset,routed_llm,score,best_score,regret,cost");
            out.newLine();
            for (QueryOutcome o : outcomes) {
                out.write(String.join(",", quote(o.query()), quote(o.dataset()), quote(o.routedLlm()),
                        String.valueOf(o.score()), String.valueOf(o.best()), String.valueOf(o.regret()), String.valueOf(o.cost())));
                out.newLine();
            }
        }
    }

    static String quote(String text) {
        return text.matches("[^\",\\r\\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
