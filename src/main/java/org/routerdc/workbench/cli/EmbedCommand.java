package org.routerdc.workbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.routerdc.workbench.data.NpyFile;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.TextEncoder;
import org.routerdc.workbench.route.LoadedRouter;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.route.RouterBundles;
import org.routerdc.workbench.train.TrainingDataBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench embed}: the queries' embeddings as a float32 N x d NumPy file, in file order. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Write the queries' embeddings, in file order, as a float32 N x d NumPy .npy file:",
                "the encoder's space, or with --router the router's space (its head's output)."})
public final class EmbedCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", arity = "1..*", required = true, paramLabel = "FILE", description = "score tables")
    List<String> data;

    @Option(names = "--out", required = true, paramLabel = "FILE.npy", description = "the .npy file to write")
    Path out;

    @Option(names = "--router", paramLabel = "DIR.router", description = "embed in this router's space (and with its encoder)")
    Path router;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "auto|cpu|gpu", description = "where to encode (default: ${DEFAULT-VALUE})")
    String device;

    @Mixin
    EncoderArguments encoder = new EncoderArguments();

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        List<ScoreTable> tables = DataArguments.load(data, "--data", err);
        List<String> texts = TrainingDataBuilder.texts(tables);
        LoadedRouter bundle = router == null ? null : RouterBundles.load(router);
        try (TextEncoder opened = bundle == null ? encoder.open(EncoderArguments.device(device))
                : new Router(bundle, Router.openEncoder(bundle.manifest().encoder(), bundle.folder(), EncoderArguments.device(device))).encoder()) {
            float[][] embeddings = encoder.cache().encode(opened, texts, ProgressLine.to(err, "encoding"), CancelCheck.NEVER);
            if (bundle != null) {
                for (int i = 0; i < embeddings.length; i++) {
                    embeddings[i] = bundle.router().project(embeddings[i]);
                }
            }
            NpyFile.write(out, embeddings);
            err.println("wrote " + embeddings.length + " x " + (embeddings.length == 0 ? 0 : embeddings[0].length) + " to " + out);
            return 0;
        }
    }
}
