package org.routerdc.workbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Callable;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.eval.EvaluationReport;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.route.RouterEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench eval}: a router's accuracy per dataset beside the oracle and the baselines. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a router on score tables: per dataset and on average, beside the oracle, the best single LLM,",
                "a random router, a kNN router (k = 10) and the cluster baseline (accuracies in percent).",
                "cluster: k-means over the training queries (k and the mix of the nearest 1 or 3 clusters chosen by",
                "  cross-validation on the training rows, 3 k-means seeds averaged); a query goes to the best LLM of its",
                "  nearest clusters' mean training scores. Stored in the router, so no training files are needed.",
                "bestPerDataset: each evaluated dataset's own best LLM on that dataset's scores: an upper line that knows",
                "  the task and peeks at the test scores, not a router.",
                "FILE may end with =binary or =graded.",
                "Rows where some LLM has no score are left out of every accuracy and counted as skipped."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EvaluationArguments evaluation;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        List<ScoreTable> tables = evaluation.loadTables(err);
        try (Router opened = evaluation.openRouter()) {
            EvaluationReport report = RouterEvaluation.evaluate(opened, tables, evaluation.embeddingCache(),
                    ProgressLine.to(err, "encoding"), CancelCheck.NEVER);
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(ReportPrinter.toJson(report)));
            } else {
                ReportPrinter.printTable(report, out);
            }
            out.flush();
            return 0;
        }
    }
}
