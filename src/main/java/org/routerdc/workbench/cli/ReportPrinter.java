package org.routerdc.workbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.routerdc.workbench.eval.DatasetReport;
import org.routerdc.workbench.eval.EvaluationReport;

/** Prints an evaluation as a table or as the JSON document of the `eval --json` contract. */
public final class ReportPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportPrinter() {
    }

    public static void printTable(EvaluationReport report, PrintWriter out) {
        String header = String.format(Locale.ROOT, "%-24s %-7s %6s %8s %8s %11s %8s %8s %8s  %s",
                "dataset", "metric", "n", "router", "oracle", "best single", "random", "kNN", "cluster",
                "best LLM on dataset");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (DatasetReport d : report.datasets()) {
            out.println(String.format(Locale.ROOT, "%-24s %-7s %6d %8.2f %8.2f %11.2f %8.2f %8s %8s  %s",
                    d.name(), d.metric().label(), d.n(), d.router(), d.oracle(), d.bestSingle(), d.random(),
                    number(d.knn()), number(d.cluster()), d.bestSingleLlm()));
        }
        out.println("-".repeat(header.length()));
        out.println(String.format(Locale.ROOT, "%-24s %-7s %6s %8.2f %8.2f %11.2f %8.2f %8s %8s  %s",
                "average", "", "", report.averageRouter(), report.averageOracle(), report.averageBestSingle(),
                report.averageRandom(), number(report.averageKnn()), number(report.averageCluster()),
                report.bestSingleLlm() + " (best single overall)"));
        out.println(String.format(Locale.ROOT, "best per dataset (each dataset's own best LLM, chosen on its scores): %.2f",
                report.averageBestPerDataset()));
        report.datasets().stream().filter(d -> d.skipped() > 0).forEach(d -> out.println(d.name() + ": " + d.skipped()
                + " of " + d.n() + " rows skipped (some LLM has no score)"));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * {"datasets":[{"name","metric","n","skipped","router","oracle","bestSingle","random","knn","cluster","bestPerDataset",
     * "perLlm":{...}}],"average":{"router","oracle","bestSingle","random","knn","cluster","bestPerDataset"}}
     */
    public static ObjectNode toJson(EvaluationReport report) {
        ObjectNode root = JSON.createObjectNode();
        var datasets = root.putArray("datasets");
        for (DatasetReport d : report.datasets()) {
            ObjectNode node = datasets.addObject();
            node.put("name", d.name());
            node.put("metric", d.metric().label());
            node.put("n", d.n());
            node.put("skipped", d.skipped());
            node.put("router", round(d.router()));
            node.put("oracle", round(d.oracle()));
            node.put("bestSingle", round(d.bestSingle()));
            node.put("random", round(d.random()));
            putNumber(node, "knn", d.knn());
            putNumber(node, "cluster", d.cluster());
            node.put("bestPerDataset", round(d.bestPerDataset()));
            ObjectNode perLlm = node.putObject("perLlm");
            d.perLlm().forEach((llm, accuracy) -> perLlm.put(llm, round(accuracy)));
        }
        ObjectNode average = root.putObject("average");
        average.put("router", round(report.averageRouter()));
        average.put("oracle", round(report.averageOracle()));
        average.put("bestSingle", round(report.averageBestSingle()));
        average.put("random", round(report.averageRandom()));
        putNumber(average, "knn", report.averageKnn());
        putNumber(average, "cluster", report.averageCluster());
        average.put("bestPerDataset", round(report.averageBestPerDataset()));
        return root;
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, round(value));
        }
    }

    private static double round(double percent) {
        return Math.round(percent * 1e4) / 1e4;
    }
}
