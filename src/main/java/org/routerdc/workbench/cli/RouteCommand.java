package org.routerdc.workbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.route.CostAwareRouting;
import org.routerdc.workbench.route.NearQuery;
import org.routerdc.workbench.route.RankedLlm;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.route.RoutingDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workbench route}: where one query goes, with every LLM's score. */
@Command(name = "route", mixinStandardHelpOptions = true,
        description = {"Route a query: every LLM with its score cos(h(E(x)), k_t)/tau, softmax probability and expected",
                "score (the router's calibrated estimate of that LLM's score on this query, on the dataset's scale),",
                "best first by what decides the route.",
                "With --lambda X: ranked by utility = expected score - X * predicted cost per query (the LLM's mean cost on",
                "the training rows, else --prices); the chosen LLM has the highest utility."})
public final class RouteCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--router", required = true, paramLabel = "DIR.router", description = "the router to use")
    Path router;

    @Option(names = "--json", description = "print the decision as JSON")
    boolean json;

    @Option(names = "--nearest", defaultValue = "3", description = "how many nearest training queries to show (default: ${DEFAULT-VALUE})")
    int nearest;

    @Option(names = "--device", defaultValue = "cpu", paramLabel = "auto|cpu|gpu", description = "where to encode (default: ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--lambda", paramLabel = "X", description = "willingness to pay: score points given up per unit of cost (>= 0)")
    Double lambda;

    @Option(names = "--prices", paramLabel = "FILE.json", description = "{\"<llm>\": cost per query}, for routers trained without costs")
    Path prices;

    @Parameters(paramLabel = "QUERY", description = "the query text")
    String query;

    @Override
    public Integer call() throws Exception {
        if (query.isBlank()) {
            throw new UserError("the query is empty");
        }
        if (lambda != null) {
            CostAwareRouting.checkLambda(lambda);
        }
        try (Router opened = Router.open(router, EncoderArguments.device(device))) {
            RoutingDecision decision = opened.route(query, nearest);
            if (lambda != null) {
                PriceTable table = prices == null ? null : PriceTable.read(prices, opened.bundle().router().llms());
                decision = CostAwareRouting.of(opened.bundle(), table).apply(decision, lambda);
            }
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(toJson(decision)));
            } else {
                out.println("-> " + decision.chosen().llm());
                for (RankedLlm llm : decision.ranked()) {
                    out.println(String.format(Locale.ROOT, "  %-32s score %8.4f   p %6.2f%%   expected %s", llm.llm(),
                            llm.score(), 100 * llm.probability(),
                            Double.isNaN(llm.expected()) ? "-" : String.format(Locale.ROOT, "%.3f", llm.expected()))
                            + (llm.costAware() ? String.format(Locale.ROOT, "   cost %.3g   utility %.4f", llm.cost(), llm.utility()) : ""));
                }
                if (!decision.nearest().isEmpty()) {
                    out.println("nearest training queries:");
                    for (NearQuery near : decision.nearest()) {
                        out.println(String.format(Locale.ROOT, "  %.3f  [%s] %s", near.similarity(), near.dataset(), abbreviate(near.text())));
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 100 ? flat : flat.substring(0, 97) + "...";
    }

    static ObjectNode toJson(RoutingDecision decision) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("query", decision.query());
        root.put("chosen", decision.chosen().llm());
        var ranked = root.putArray("ranked");
        for (RankedLlm llm : decision.ranked()) {
            ObjectNode entry = ranked.addObject().put("llm", llm.llm()).put("score", llm.score())
                    .put("probability", llm.probability());
            if (Double.isNaN(llm.expected())) {
                entry.putNull("expected");
            } else {
                entry.put("expected", llm.expected());
            }
            if (llm.costAware()) {
                entry.put("cost", llm.cost()).put("utility", llm.utility());
            }
        }
        var nearest = root.putArray("nearest");
        for (NearQuery near : decision.nearest()) {
            ObjectNode node = nearest.addObject().put("text", near.text()).put("dataset", near.dataset()).put("similarity", near.similarity());
            var scores = node.putArray("scores");
            for (double score : near.scores()) {
                scores.add(score);
            }
        }
        return root;
    }
}
