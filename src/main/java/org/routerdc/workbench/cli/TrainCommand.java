package org.routerdc.workbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.routerdc.workbench.finetune.FineTuneConfig;
import org.routerdc.workbench.finetune.FineTuneMode;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingDevice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench train}: score tables in, a router bundle out. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a RouterDC router on score tables and save it as DIR.router.",
                "FILE may end with =binary or =graded to set its metric (default: the file's own, else graded).",
                "With --events json, stdout carries one JSON event per line (the app's training worker protocol)."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--strict", description = "refuse score tables with holes (missing scores) instead of training without them")
    boolean strict;

    @Option(names = "--train", arity = "1..*", required = true, paramLabel = "FILE", description = "training score tables")
    List<String> trainFiles;

    @Option(names = "--eval", arity = "1..*", paramLabel = "FILE", description = "score tables to evaluate the final router on")
    List<String> evalFiles;

    @Option(names = "--out", required = true, paramLabel = "DIR.router", description = "router folder to write")
    Path out;

    @Option(names = "--steps", defaultValue = "1000", description = "optimisation steps (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "auto|cpu|gpu",
            description = "where to encode and train; auto uses a GPU when there is one (default: ${DEFAULT-VALUE})")
    String device;

    @Mixin
    EncoderArguments encoder = new EncoderArguments();

    @Option(names = "--batch-size", defaultValue = "64", description = "queries per step (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = {"--learning-rate", "--lr"}, description = "AdamW learning rate (default: 1e-3 for a head on a frozen encoder)")
    Double learningRate;

    @Option(names = "--weight-decay", description = "AdamW weight decay (default: 0.01)")
    Double weightDecay;

    @Option(names = "--top-k", defaultValue = "3", description = "K+: positives per query in the sample-LLM loss (default: ${DEFAULT-VALUE})")
    int topK;

    @Option(names = "--last-k", defaultValue = "3", description = "K-: negatives per query in the sample-LLM loss (default: ${DEFAULT-VALUE})")
    int lastK;

    @Option(names = "--negatives", defaultValue = "3", description = "H: negatives per query in the sample-sample loss (default: ${DEFAULT-VALUE})")
    int negatives;

    @Option(names = "--lambda", defaultValue = "1", description = "weight of the sample-sample loss (default: ${DEFAULT-VALUE})")
    double lambda;

    @Option(names = "--tau", defaultValue = "1", description = "temperature in score = cos / tau (default: ${DEFAULT-VALUE})")
    double tau;

    @Option(names = "--clusters", defaultValue = "8",
            description = "k-means clusters when the data carries no cluster ids (default: ${DEFAULT-VALUE})")
    int clusters;

    @Option(names = "--samples-per-dataset", paramLabel = "N",
            description = "repeat or truncate each training file to N rows (the paper: 1000); overrides --balance")
    Integer samplesPerDataset;

    @Option(names = "--balance", defaultValue = "datasets", paramLabel = "datasets|none",
            description = {"datasets: every training file (dataset) weighs the same, smaller ones repeated up to the "
                    + "largest; none: every row weighs the same (default: ${DEFAULT-VALUE})"})
    String balance;

    @Option(names = "--hidden", defaultValue = "0", description = "hidden width of the head (default 0 = embedding size)")
    int hidden;

    @Option(names = "--eval-every", defaultValue = "50", description = "evaluate and checkpoint every N steps (default: ${DEFAULT-VALUE})")
    int evalEvery;

    @Option(names = "--selection", defaultValue = "cv", paramLabel = "cv|train|split",
            description = {"cv: 5-fold cross-validation on the training rows chooses the steps, the cluster baseline, "
                    + "the cluster scales of the router's prior and how much the head's calibrated scores and a linear "
                    + "probe (ridge per LLM) weigh against it (the simplest choice within one standard error of the best), "
                    + "then the router trains on every row; train: the best checkpoint on the training files and the head decides alone (the paper); split: the same on a "
                    + "held-out share of the rows (default: ${DEFAULT-VALUE})"})
    String selection;

    @Option(names = "--validation-fraction", defaultValue = "0.1",
            description = "share of training rows held out with --selection split (default: ${DEFAULT-VALUE})")
    double validationFraction;

    @Option(names = "--checkpoints", paramLabel = "DIR", description = "checkpoint folder (default: DIR.router.checkpoints beside --out)")
    Path checkpoints;

    @Option(names = "--resume", description = "continue from the last checkpoint of an earlier run with the same data")
    boolean resume;

    @Option(names = "--finetune", defaultValue = "frozen", paramLabel = "frozen|top-N|all",
            description = {"which encoder layers train with the head: frozen (precomputed embeddings), top-N (the top N "
                    + "layers; the lower ones run once and are cached, CPU-friendly) or all (the paper's method; GPU) "
                    + "(default: ${DEFAULT-VALUE})"})
    String finetune;

    @Option(names = "--encoder-lr", paramLabel = "RATE",
            description = "peak learning rate of the encoder layers (default: 5e-5 for all, the paper's; 1e-4 for top-N)")
    Double encoderLr;

    @Option(names = "--warmup-steps", paramLabel = "N",
            description = "linear warm-up steps before the linear decay to zero, fine-tuning only (default: 5% of --steps)")
    Integer warmupSteps;

    @Option(names = "--clip-norm", defaultValue = "1.0", paramLabel = "X",
            description = "clip the global gradient norm to X, fine-tuning only; 0 = off (default: ${DEFAULT-VALUE})")
    double clipNorm;

    @Option(names = "--accumulate", defaultValue = "1", paramLabel = "N",
            description = "batches per optimiser step, fine-tuning only: effective batch = --batch-size x N (default: ${DEFAULT-VALUE})")
    int accumulate;

    @Option(names = "--events", defaultValue = "text", paramLabel = "text|json",
            description = "progress as readable lines on stderr, or JSON lines on stdout (default: ${DEFAULT-VALUE})")
    String events;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().endsWith(".router")) {
            throw new UserError("--out must name a folder ending in .router, e.g. my-router.router");
        }
        if (!List.of("cv", "train", "split").contains(selection)) {
            throw new UserError("--selection must be cv, train or split, not '" + selection + "'");
        }
        if (!balance.equals("datasets") && !balance.equals("none")) {
            throw new UserError("--balance must be datasets or none, not '" + balance + "'");
        }
        if (samplesPerDataset != null && samplesPerDataset < 0) {
            throw new UserError("--samples-per-dataset must be >= 0");
        }
        if (selection.equals("split") && !(validationFraction > 0 && validationFraction < 1)) {
            throw new UserError("--validation-fraction must be between 0 and 1");
        }
        boolean json = switch (events.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new UserError("--events must be text or json, not '" + events + "'");
        };
        FineTuneConfig fineTune = fineTuneConfig();
        Path checkpointDir = checkpoints != null ? checkpoints : out.resolveSibling(out.getFileName() + ".checkpoints");
        if (resume && !org.routerdc.workbench.train.Checkpoint.hasLast(checkpointDir)) {
            throw new UserError("--resume: no checkpoint to resume from in " + checkpointDir
                    + " (its runs write one after every evaluation; pass --checkpoints DIR if they went elsewhere)");
        }
        TrainingJob job = new TrainingJob(spec.commandLine().getOut(), spec.commandLine().getErr(), json).strict(strict);
        return job.run(new TrainingJob.Request(trainFiles, evalFiles == null ? List.of() : evalFiles, out, checkpointDir,
                config(), encoder, EncoderArguments.device(device), selection.equals("split") ? validationFraction : 0, resume,
                selection.equals("cv")),
                fineTune);
    }

    private FineTuneConfig fineTuneConfig() {
        FineTuneMode mode;
        try {
            mode = FineTuneMode.parse(finetune);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        FineTuneConfig config = FineTuneConfig.defaults(mode).withClipNorm(checkNonNegative(clipNorm, "--clip-norm"));
        if (encoderLr != null) {
            if (!(encoderLr > 0)) {
                throw new UserError("--encoder-lr must be > 0");
            }
            config = config.withEncoderLr(encoderLr);
        }
        if (warmupSteps != null) {
            config = config.withWarmupSteps((int) checkNonNegative(warmupSteps, "--warmup-steps"));
        }
        if (accumulate < 1) {
            throw new UserError("--accumulate must be >= 1");
        }
        return config.withAccumulate(accumulate);
    }

    private static double checkNonNegative(double value, String option) {
        if (!(value >= 0)) {
            throw new UserError(option + " must be >= 0");
        }
        return value;
    }

    private TrainingConfig config() {
        TrainingConfig defaults = TrainingConfig.defaults();
        return defaults.withSteps(steps).withSeed(seed).withBatchSize(batchSize)
                .withLearningRate(learningRate == null ? defaults.learningRate() : learningRate)
                .withWeightDecay(weightDecay == null ? defaults.weightDecay() : weightDecay)
                .withTopK(topK).withLastK(lastK).withNegatives(negatives).withClusterLossWeight(lambda)
                .withTemperature(tau).withClusters(clusters).withSamplesPerDataset(samplesPerDataset != null ? samplesPerDataset
                        : balance.equals("datasets") ? TrainingConfig.BALANCED : 0)
                .withHiddenSize(hidden).withEvalEvery(evalEvery)
                .withDevice(TrainingDevice.valueOf(EncoderArguments.device(device).name()));
    }
}
