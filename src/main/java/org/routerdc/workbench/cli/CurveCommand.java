package org.routerdc.workbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.routerdc.workbench.curve.CostQuality;
import org.routerdc.workbench.curve.CostQualityCurve;
import org.routerdc.workbench.curve.CurveInput;
import org.routerdc.workbench.curve.CurveInputs;
import org.routerdc.workbench.curve.CurvePoint;
import org.routerdc.workbench.curve.CurveReport;
import org.routerdc.workbench.curve.SinglePoint;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.route.Router;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench curve}: the router's cost–quality curve as λ sweeps, its hull and AIQ beside the single LLMs'. */
@Command(name = "curve", mixinStandardHelpOptions = true,
        description = {"Sweep the willingness to pay lambda (route to argmax expected score - lambda * predicted cost):",
                "0, then log-spaced until every query goes to the cheapest LLM. Quality (accuracy %) and mean realised cost",
                "per query are averaged over datasets, as eval's average; rows where some LLM has no score are skipped.",
                "hull: the non-decreasing convex hull of the router's points (RouterBench). aiq: the area under it, extended",
                "flat to the right, over the cost range from the cheapest to the dearest point among the router's points and",
                "the single LLMs, divided by that range; zeroRouterAiq: the same for the hull of the single LLMs, over the",
                "same range. costSavedAtBestSingle: % of the best single LLM's cost saved by the cheapest hull point at",
                "least as good (null if none). cluster: the router's cluster baseline (each query's nearest clusters' mean",
                "training scores) routed by cost over the same lambdas and predicted costs, its hull and its aiq over the",
                "same range (null when the router carries none). FILE may end with =binary or =graded."})
public final class CurveCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EvaluationArguments evaluation;

    @Option(names = "--prices", paramLabel = "FILE.json",
            description = "{\"<llm>\": cost per query}: for tables without costs, and a router trained without them")
    Path prices;

    @Option(names = "--points", defaultValue = "" + CostQualityCurve.DEFAULT_POINTS, paramLabel = "N",
            description = "lambda values swept (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = "--json", description = "print the curve as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (points < 2) {
            throw new UserError("--points must be at least 2");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ScoreTable> tables = evaluation.loadTables(err);
        try (Router opened = evaluation.openRouter()) {
            PriceTable priceTable = prices == null ? null : PriceTable.read(prices, opened.bundle().router().llms());
            CurveInput input = CurveInputs.route(opened, tables, priceTable, evaluation.embeddingCache(),
                    ProgressLine.to(err, "encoding"), CancelCheck.NEVER);
            CurveReport report = CostQualityCurve.compute(input, points);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JSON.writeValueAsString(toJson(report)));
            } else {
                printTable(report, out);
            }
            out.flush();
            return 0;
        }
    }

    static ObjectNode toJson(CurveReport report) {
        ObjectNode root = JSON.createObjectNode();
        putPoints(root, report.points());
        putHull(root, report.hull());
        root.put("aiq", report.aiq());
        root.put("zeroRouterAiq", report.zeroRouterAiq());
        var singles = root.putArray("singles");
        report.singles().forEach(s -> singles.addObject().put("llm", s.llm()).put("cost", s.cost()).put("quality", s.quality()));
        root.putObject("oracle").put("cost", report.oracle().cost()).put("quality", report.oracle().quality());
        if (report.costSavedAtBestSingle() == null) {
            root.putNull("costSavedAtBestSingle");
        } else {
            root.put("costSavedAtBestSingle", report.costSavedAtBestSingle());
        }
        root.put("bestSingle", report.bestSingle().llm());
        root.putObject("costRange").put("low", report.costLow()).put("high", report.costHigh());
        if (report.cluster() == null) {
            root.putNull("cluster");
        } else {
            ObjectNode cluster = root.putObject("cluster");
            putPoints(cluster, report.cluster().points());
            putHull(cluster, report.cluster().hull());
            cluster.put("aiq", report.cluster().aiq());
        }
        return root;
    }

    private static void putPoints(ObjectNode parent, List<CurvePoint> curve) {
        var points = parent.putArray("points");
        for (CurvePoint point : curve) {
            ObjectNode node = points.addObject().put("lambda", point.lambda()).put("cost", point.cost()).put("quality", point.quality());
            ObjectNode share = node.putObject("share");
            point.share().forEach(share::put);
        }
    }

    private static void putHull(ObjectNode parent, List<CostQuality> hull) {
        var array = parent.putArray("hull");
        hull.forEach(p -> array.addObject().put("cost", p.cost()).put("quality", p.quality()));
    }

    static void printTable(CurveReport report, PrintWriter out) {
        out.println(String.format(Locale.ROOT, "%12s %12s %9s  %s", "lambda", "cost/query", "quality", "most calls"));
        for (CurvePoint point : report.points()) {
            Map.Entry<String, Double> top = point.share().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            out.println(String.format(Locale.ROOT, "%12.4g %12.4g %9.2f  %s %.0f%%", point.lambda(), point.cost(),
                    point.quality(), top.getKey(), 100 * top.getValue()));
        }
        out.println();
        out.println("single LLMs:");
        for (SinglePoint single : report.singles()) {
            out.println(String.format(Locale.ROOT, "  %-40s cost %10.4g  quality %6.2f", single.llm(), single.cost(), single.quality()));
        }
        out.println(String.format(Locale.ROOT, "  %-40s cost %10.4g  quality %6.2f", "(oracle)", report.oracle().cost(),
                report.oracle().quality()));
        out.println("hull:");
        printHull(report.hull(), out);
        out.println(String.format(Locale.ROOT, "aiq %.3f   zeroRouterAiq %.3f   (cost range %.4g to %.4g)", report.aiq(),
                report.zeroRouterAiq(), report.costLow(), report.costHigh()));
        if (report.cluster() != null) {
            out.println("cluster baseline hull (same lambdas, same predicted costs):");
            printHull(report.cluster().hull(), out);
            out.println(String.format(Locale.ROOT, "cluster baseline aiq %.3f", report.cluster().aiq()));
        }
        SinglePoint best = report.bestSingle();
        out.println(report.costSavedAtBestSingle() == null
                ? "no hull point reaches the best single LLM " + best.llm() + " (" + String.format(Locale.ROOT, "%.2f", best.quality()) + ")"
                : String.format(Locale.ROOT, "cost saved at the quality of the best single LLM %s (%.2f): %.1f%%", best.llm(),
                best.quality(), report.costSavedAtBestSingle()));
    }

    private static void printHull(List<CostQuality> hull, PrintWriter out) {
        for (CostQuality point : hull) {
            out.println(String.format(Locale.ROOT, "  cost %10.4g  quality %6.2f", point.cost(), point.quality()));
        }
    }
}
