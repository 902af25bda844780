package org.routerdc.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.routerdc.workbench.encode.EncoderBenchmark;
import org.routerdc.workbench.encode.EncoderOptions;
import org.routerdc.workbench.encode.OnnxTextEncoder;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.train.TrainingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench bench}: the speed figures of the engine, printed (a benchmark, not a test). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the engine: encoder throughput against a bare ONNX Runtime loop over the same batches,",
                "single-query routing latency (p50/p99) and training step time."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "PATH", description = "RouterDC JSON file or folder whose questions to encode "
            + "(default: sample-data/routerdc)")
    Path data = Path.of("sample-data", "routerdc");

    @Option(names = "--limit", defaultValue = "1000", description = "queries to encode (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--router", paramLabel = "DIR.router", description = "router for the routing latency (skipped without one)")
    Path router;

    @Option(names = "--queries", defaultValue = "300", description = "single queries to time (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--train-steps", defaultValue = "300", description = "training steps to time, 0 to skip (default: ${DEFAULT-VALUE})")
    int trainSteps;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = EncoderBenchmark.sample(data, limit);
        if (texts.isEmpty()) {
            throw new UserError(data + ": no questions found to encode");
        }
        out.println("== encoder (" + texts.size() + " queries from " + data + ")");
        out.flush();
        try (OnnxTextEncoder encoder = OnnxTextEncoder.bundled(EncoderOptions.defaults())) {
            out.println(EncoderBenchmark.run(encoder, texts, Math.min(queries, texts.size()), null).describe());
        }
        if (router != null) {
            out.println("== routing (encode + head + ranking, one query at a time)");
            out.flush();
            try (Router opened = Router.open(router, org.routerdc.workbench.encode.DevicePreference.CPU)) {
                out.println(routingLatency(opened, texts));
            }
        }
        if (trainSteps > 0) {
            out.println("== training step (batch 64, d 384, 7 LLMs, both losses, AdamW)");
            out.flush();
            out.println(String.format(Locale.ROOT, "%.2f ms/step", TrainingBenchmark.millisPerStep(64, 384, 7, trainSteps)));
        }
        out.flush();
        return 0;
    }

    private String routingLatency(Router router, List<String> texts) {
        int n = Math.min(queries, texts.size());
        for (int i = 0; i < Math.min(20, n); i++) {
            router.route(texts.get(i), 3); // warm-up
        }
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            router.route(texts.get(i), 3);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%d queries: p50 %.1f ms, p99 %.1f ms, max %.1f ms", n,
                millis[(int) Math.floor(0.50 * (n - 1))], millis[(int) Math.floor(0.99 * (n - 1))], millis[n - 1]);
    }
}
