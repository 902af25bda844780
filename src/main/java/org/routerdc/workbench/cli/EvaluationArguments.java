package org.routerdc.workbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.route.Router;
import picocli.CommandLine.Option;

/** The router, test tables and encoding options that {@code eval} and {@code curve} share (a picocli mixin). */
final class EvaluationArguments {
    @Option(names = "--router", required = true, paramLabel = "DIR.router", description = "the router to evaluate")
    Path router;

    @Option(names = "--data", arity = "1..*", required = true, paramLabel = "FILE", description = "score tables to evaluate on")
    List<String> data;

    @Option(names = "--strict", description = "refuse score tables with holes instead of skipping their incomplete rows")
    boolean strict;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "auto|cpu|gpu", description = "where to encode (default: ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--cache", paramLabel = "DIR", description = "embedding cache folder (default: the user cache folder)")
    Path cache;

    List<ScoreTable> loadTables(PrintWriter err) throws IOException {
        return DataArguments.load(data, "--data", err, strict);
    }

    Router openRouter() throws IOException, org.routerdc.workbench.route.BundleException {
        return Router.open(router, EncoderArguments.device(device));
    }

    EmbeddingCache embeddingCache() {
        return EncoderArguments.cacheAt(cache);
    }
}
