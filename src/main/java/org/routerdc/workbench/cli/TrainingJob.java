package org.routerdc.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.DevicePreference;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.encode.TextEncoder;
import org.routerdc.workbench.finetune.FineTuneConfig;
import org.routerdc.workbench.policy.PolicySearch;
import org.routerdc.workbench.policy.RoutingPolicy;
import org.routerdc.workbench.route.RouterBundles;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.route.TrainingIndex;
import org.routerdc.workbench.train.RouterTrainer;
import org.routerdc.workbench.train.TrainedRouter;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingDataBuilder;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingListener;

/**
 * One training run from files to a saved router: load, encode (cached), train, evaluate, save. Cancelled by
 * SIGINT/SIGTERM or by the line "cancel" on stdin (how the app stops its worker process), keeping the checkpoints.
 */
final class TrainingJob {
    record Request(List<String> trainFiles, List<String> evalFiles, Path out, Path checkpointDir, TrainingConfig config,
                   EncoderArguments encoder, DevicePreference device, double validationFraction, boolean resume,
                   boolean crossValidate) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintWriter out;
    private final PrintWriter err;
    private final EventOutput events;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private boolean strict;

    TrainingJob(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.events = new EventOutput(json ? out : err, json);
    }

    /** Refuse score tables with holes instead of training without the missing LLMs. */
    TrainingJob strict(boolean refuseHoles) {
        this.strict = refuseHoles;
        return this;
    }

    int run(Request request) throws Exception {
        return run(request, null);
    }

    /**
     * @param fineTune null or frozen: train a head on precomputed embeddings; otherwise fine-tune the encoder too
     * @return 0, or {@link WorkbenchCli#STOPPED} when a stop request ended the run early (the best router so far is
     * saved when at least one step was done)
     */
    int run(Request request, FineTuneConfig fineTune) throws Exception {
        if (WorkbenchCli.ownsProcess) {
            CancelSignals.install(cancelled);
        }
        long start = System.currentTimeMillis();
        List<ScoreTable> train = DataArguments.load(request.trainFiles(), "--train", err, strict);
        List<ScoreTable> eval = request.evalFiles().isEmpty() ? List.of() : DataArguments.load(request.evalFiles(), "--eval", err, strict);
        FineTuneJob fineTuneJob = fineTune == null || fineTune.mode().frozen() ? null : new FineTuneJob(request.encoder(), fineTune);
        try (TextEncoder encoder = request.encoder().open(request.device())) {
            EmbeddingCache cache = request.encoder().cache();
            events.log("encoder " + encoder.info().id() + " on " + encoder.deviceDescription());
            float[][] embeddings = cache.encode(encoder, TrainingDataBuilder.texts(train),
                    events.encodeProgress("encoding training queries"), CancelCheck.of(cancelled::get));
            TrainingData all = TrainingDataBuilder.from(train, embeddings);
            if (!all.hasAllClusterIds() && request.config().clusters() > all.size()) {
                throw new UserError("--clusters " + request.config().clusters() + " is more than the " + all.size()
                        + " training rows");
            }
            Split split = Split.of(all, request.validationFraction(), request.config().seed());
            if (fineTuneJob != null) {
                fineTuneJob.run(request, train, eval, encoder, all, split, events, out, cancelled);
                return cancelled.get() ? WorkbenchCli.STOPPED : 0;
            }
            TrainedRouter router;
            RoutingPolicy policy;
            JsonNode crossValidation = null;
            String noCrossValidation = request.crossValidate() ? PolicySearch.whyNot(all) : null;
            if (noCrossValidation != null) {
                events.onEvent(new TrainingEvent.Log(TrainingEvent.Level.WARNING, "no cross-validation: " + noCrossValidation
                        + "; the checkpoint is chosen on the training rows and the head decides alone"));
            }
            if (request.crossValidate() && noCrossValidation == null) {
                CrossValidated validated = crossValidate(all, request.config(), request.checkpointDir(), request.resume(),
                        events, events, cancelled);
                if (validated == null) {
                    events.log("stopped during cross-validation: no router saved");
                    return WorkbenchCli.STOPPED;
                }
                router = validated.router();
                policy = validated.policy();
                crossValidation = validated.report();
            } else {
                router = request.resume()
                        ? RouterTrainer.resume(request.checkpointDir(), split.train(), split.selection(), events, cancelled::get)
                        : RouterTrainer.train(split.train(), split.selection(), request.config(), request.checkpointDir(),
                        events, cancelled::get);
                policy = PolicySearch.forHeadDecisions(split.train(), router, request.config().seed());
            }
            if (!worthSaving(router, events)) {
                return WorkbenchCli.STOPPED;
            }
            TrainingIndex index = new TrainingIndex(all.embeddings(), all.scores(), TrainingDataBuilder.texts(train),
                    datasetPerRow(train), costsPerRow(train));
            JsonNode evaluation = FinalEvaluation.run(encoder, "", cache, router, policy, index, eval, events, out,
                    CancelCheck.of(cancelled::get));
            RouterBundles.save(request.out(), router, Router.describe(encoder, request.encoder().folder), index, evaluation,
                    request.trainFiles(), null, Map.of(), policy, crossValidation);
            events.saved(request.out());
            return cancelled.get() ? WorkbenchCli.STOPPED : 0;
        } catch (CancellationException e) {
            if (!cancelled.get()) {
                throw e;
            }
            // Stopped before training began (encoding, the prefix cache): a stop like any other, with nothing to keep
            // but the embeddings already cached.
            events.log("stopped: " + e.getMessage() + "; no router saved (encoded queries stay cached)");
            events.onEvent(new TrainingEvent.Finished(TrainingEvent.Reason.CANCELLED, 0, -1, System.currentTimeMillis() - start));
            return WorkbenchCli.STOPPED;
        }
    }

    /** A head and its routing policy chosen by cross-validation, and the out-of-fold figures that chose them. */
    record CrossValidated(TrainedRouter router, RoutingPolicy policy, JsonNode report) {
    }

    /**
     * The default's way to a router: cross-validation on {@code rows} chooses the steps and the policy, then a final
     * run trains on every row for those steps and keeps its last step. Null when stopped during cross-validation.
     *
     * @param finalRunEvents where the final run reports (the search itself reports to {@code events})
     */
    static CrossValidated crossValidate(TrainingData rows, TrainingConfig config, Path checkpointDir, boolean resume,
                                        EventOutput events, TrainingListener finalRunEvents, AtomicBoolean cancelled)
            throws IOException {
        PolicySearch.Result search = PolicySearch.run(rows, config, events, cancelled::get);
        if (search == null) {
            return null;
        }
        TrainingConfig chosen = config.withSteps(search.steps()).withEvalEvery(search.steps());
        TrainedRouter router = resume
                ? RouterTrainer.resume(checkpointDir, rows, null, finalRunEvents, cancelled::get)
                : RouterTrainer.train(rows, null, chosen, checkpointDir, finalRunEvents, cancelled::get);
        return new CrossValidated(router, search.policy(), JSON.valueToTree(search.report()));
    }

    /** Every row's costs in table order, or null unless every table has costs (they give the predicted costs). */
    static double[][] costsPerRow(List<ScoreTable> tables) {
        if (!tables.stream().allMatch(ScoreTable::hasCosts)) {
            return null;
        }
        return tables.stream().flatMap(table -> table.rows().stream()).map(row -> row.costs()).toArray(double[][]::new);
    }

    /** False (and says so) for a run stopped before its first step: an untrained router is not worth a bundle. */
    static boolean worthSaving(TrainedRouter router, EventOutput events) {
        if (router.metrics().finalStep() > 0) {
            return true;
        }
        events.log("stopped before the first step: no router saved");
        return false;
    }

    static List<String> datasetPerRow(List<ScoreTable> tables) {
        List<String> names = new ArrayList<>();
        for (ScoreTable table : tables) {
            for (int i = 0; i < table.size(); i++) {
                names.add(table.name());
            }
        }
        return names;
    }

    /** Training rows and the selection set (null = the training rows themselves, as the paper). */
    record Split(TrainingData train, TrainingData selection, int[] trainRows, int[] selectionRows) {
        static Split of(TrainingData all, double fraction, long seed) {
            if (fraction <= 0) {
                return new Split(all, null, java.util.stream.IntStream.range(0, all.size()).toArray(), null);
            }
            int n = all.size();
            int[] order = java.util.stream.IntStream.range(0, n).toArray();
            java.util.Random random = new java.util.Random(seed);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            int held = Math.max(1, (int) Math.round(n * fraction));
            int[] selection = java.util.Arrays.copyOfRange(order, 0, held);
            int[] train = java.util.Arrays.copyOfRange(order, held, n);
            java.util.Arrays.sort(selection);
            java.util.Arrays.sort(train);
            return new Split(all.select(train), all.select(selection), train, selection);
        }
    }
}
