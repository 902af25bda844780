package org.routerdc.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.BundledModel;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.encode.EncoderOptions;
import org.routerdc.workbench.encode.ModelFolder;
import org.routerdc.workbench.encode.OnnxTextEncoder;
import org.routerdc.workbench.encode.TextEncoder;
import org.routerdc.workbench.encode.TextTokenizer;
import org.routerdc.workbench.files.AtomicFiles;
import org.routerdc.workbench.finetune.EncoderRouterTrainer;
import org.routerdc.workbench.finetune.FineTuneConfig;
import org.routerdc.workbench.finetune.FineTuneData;
import org.routerdc.workbench.finetune.FineTunedRouter;
import org.routerdc.workbench.finetune.OnnxBertImporter;
import org.routerdc.workbench.finetune.OnnxModelFile;
import org.routerdc.workbench.finetune.InitializerOverrides;
import org.routerdc.workbench.policy.PolicySearch;
import org.routerdc.workbench.policy.RoutingPolicy;
import org.routerdc.workbench.route.EncoderRef;
import org.routerdc.workbench.route.RouterBundle;
import org.routerdc.workbench.route.RouterBundles;
import org.routerdc.workbench.route.TrainingIndex;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingDataBuilder;

/**
 * The fine-tuning branch of {@link TrainingJob}: imports the ONNX encoder as DJL blocks, trains encoder + head,
 * writes the changed initializers as safetensors beside a copy of the original graph (ONNX Runtime loads them in
 * place of the graph's own), evaluates through ONNX Runtime on it, and stores it inside the bundle
 * ({@code encoder/model.onnx}, {@code encoder/initializers.safetensors}, {@code encoder/tokenizer.json}).
 */
final class FineTuneJob {
    private final ModelFolder files;
    private final OnnxModelFile model;
    private final OnnxBertImporter.Imported imported;
    private final FineTuneConfig fineTune;

    /** Reads and imports the encoder and checks the mode against its layer count (before any slow work). */
    FineTuneJob(EncoderArguments encoder, FineTuneConfig fineTune) throws IOException {
        this.files = encoder.folder == null ? BundledModel.extract() : ModelFolder.of(encoder.folder);
        this.model = OnnxModelFile.read(files.model());
        this.imported = OnnxBertImporter.importModel(model);
        this.fineTune = fineTune;
        fineTune.mode().checkFits(imported.config().numLayers());
    }

    void run(TrainingJob.Request request, List<ScoreTable> train, List<ScoreTable> eval, TextEncoder frozen,
             TrainingData all, TrainingJob.Split split, EventOutput events, PrintWriter out, AtomicBoolean cancelled)
            throws IOException {
        List<String> texts = TrainingDataBuilder.texts(train);
        FineTuneData data;
        try (TextTokenizer tokenizer = TextTokenizer.open(files.tokenizer(), frozen.info().maxLength())) {
            data = new FineTuneData(all, tokenizer.tokenize(texts), tokenizer.padId(), frozen.info().pooling(),
                    split.trainRows(), split.selectionRows());
        }
        FineTunedRouter tuned = EncoderRouterTrainer.train(imported.weights(), data, request.config(), fineTune, events,
                cancelled::get, request.checkpointDir(), request.resume());
        if (!TrainingJob.worthSaving(tuned.router(), events)) {
            return;
        }
        // The write-back runs to its end even when a stop was asked: it is what keeps the best router.
        events.log("writing the fine-tuned encoder back into its ONNX graph" + (cancelled.get() ? " (stopping after it)" : ""));
        Path staging = Files.createTempDirectory("routerdc-finetuned-encoder");
        try {
            int replaced = InitializerOverrides.write(model, imported.sources(), tuned.encoderWeights(),
                    staging.resolve(ModelFolder.INITIALIZERS)).size();
            Files.copy(files.model(), staging.resolve("model.onnx"));
            Files.copy(files.tokenizer(), staging.resolve("tokenizer.json"));
            events.log("wrote the fine-tuned encoder: " + replaced + " ONNX initializers replaced");
            EncoderOptions options = EncoderOptions.defaults().withPooling(frozen.info().pooling())
                    .withMaxLength(frozen.info().maxLength()).withDevice(request.device());
            try (TextEncoder encoder = OnnxTextEncoder.fromFolder(staging, options)) {
                EmbeddingCache cache = request.encoder().cache();
                TrainingIndex index = new TrainingIndex(tuned.embeddings(), all.scores(), texts, TrainingJob.datasetPerRow(train),
                        TrainingJob.costsPerRow(train));
                TrainingData tunedRows = new TrainingData(tuned.embeddings(), all.scores(), all.clusterIds(),
                        all.datasetIndex(), all.datasetNames(), all.datasetMetrics(), all.llms());
                TrainingJob.CrossValidated chosen = headAndPolicy(request, tuned, tunedRows, events, cancelled);
                JsonNode evaluation = FinalEvaluation.run(encoder, " (fine-tuned encoder)", cache, chosen.router(),
                        chosen.policy(), index, eval, events, out, CancelCheck.of(cancelled::get));
                EncoderRef ref = new EncoderRef(frozen.info().id() + "-finetuned-" + fineTune.mode(), encoder.info().sha256(),
                        frozen.info().pooling().name(), frozen.info().maxLength(), encoder.info().dimension(),
                        EncoderRef.IN_BUNDLE + EncoderRef.BUNDLE_ENCODER_DIR);
                RouterBundles.save(request.out(), chosen.router(), ref, index, evaluation, request.trainFiles(),
                        new ObjectMapper().valueToTree(fineTune), encoderFiles(staging), chosen.policy(), chosen.report());
            }
            events.saved(request.out());
        } finally {
            AtomicFiles.deleteQuietly(staging);
        }
    }

    /**
     * With cross-validation (the default), the tuned encoder stays and a head and routing policy are chosen over its
     * embeddings as for a frozen encoder: the co-trained head alone routed below the cluster table on the tuned
     * embeddings (docs/finetuning.md: 55.58 against 58.94, top-2, seed 1). Otherwise, or when stopped during that
     * search, the co-trained head decides alone, as in the paper.
     */
    private static TrainingJob.CrossValidated headAndPolicy(TrainingJob.Request request, FineTunedRouter tuned,
                                                            TrainingData tunedRows, EventOutput events,
                                                            AtomicBoolean cancelled) throws IOException {
        String noCrossValidation = request.crossValidate() ? PolicySearch.whyNot(tunedRows) : "not asked for";
        if (noCrossValidation == null && !cancelled.get()) {
            events.log("cross-validation over the fine-tuned embeddings: the router keeps the tuned encoder, its head "
                    + "and routing policy are chosen as for a frozen encoder");
            Path scratch = Files.createTempDirectory("routerdc-tuned-head");
            try {
                TrainingJob.CrossValidated validated = TrainingJob.crossValidate(tunedRows, request.config(), scratch,
                        false, events, event -> forwardWarnings(events, event), cancelled);
                if (validated != null && validated.router().metrics().finalStep() > 0) {
                    return validated;
                }
                events.log("stopped during cross-validation: the fine-tuned head decides alone");
            } finally {
                AtomicFiles.deleteQuietly(scratch);
            }
        }
        RoutingPolicy policy = PolicySearch.forHeadDecisions(tunedRows, tuned.router(), request.config().seed());
        return new TrainingJob.CrossValidated(tuned.router(), policy, null);
    }

    /** The final head run's curves would mix with the fine-tuning run's: only its warnings are shown. */
    private static void forwardWarnings(EventOutput events, TrainingEvent event) {
        if (event instanceof TrainingEvent.Log log && log.level() != TrainingEvent.Level.INFO) {
            events.onEvent(log);
        }
    }

    private static Map<String, RouterBundle.FileWriter> encoderFiles(Path staging) {
        Map<String, RouterBundle.FileWriter> files = new LinkedHashMap<>();
        for (String name : List.of("model.onnx", ModelFolder.INITIALIZERS, "tokenizer.json")) {
            files.put(EncoderRef.BUNDLE_ENCODER_DIR + "/" + name, target -> {
                Files.createDirectories(target.getParent());
                Files.copy(staging.resolve(name), target);
            });
        }
        return files;
    }
}
