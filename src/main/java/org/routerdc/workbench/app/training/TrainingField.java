package org.routerdc.workbench.app.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One setting of the training form: its label, the worker's command-line option, default and check. The form, the
 * validation and the worker's arguments all come from this one list, so they cannot disagree.
 */
public enum TrainingField {
    ENCODER("Encoder folder", "--encoder", Kind.FOLDER, "", "empty = the bundled bge-small-en-v1.5"),
    POOLING("Pooling", "--pooling", Kind.CHOICE, "model default", "how token vectors become one query vector"),
    FINETUNE("Encoder training", "--finetune", Kind.CHOICE, "frozen",
            "frozen: head only (fast); top-N: also the top N encoder layers (slow on a CPU); all: every layer (GPU)"),
    ENCODER_LR("Encoder learning rate", "--encoder-lr", Kind.DOUBLE, "",
            "fine-tuning only; empty = the mode's default (5e-5 for all, as the paper; 1e-4 for top-N)"),
    SELECTION("Selection", "--selection", Kind.CHOICE, "cv",
            "cv: 5-fold cross-validation on the training rows chooses the steps, a cluster table and how it mixes with "
                    + "the head; train: the best checkpoint on the training files, the head decides (the paper)"),
    BALANCE("Balance", "--balance", Kind.CHOICE, "datasets",
            "datasets: every training file weighs the same; none: every row weighs the same"),
    TOP_K("K+ (top LLMs)", "--top-k", Kind.INT, "3", "positives per query in the sample-LLM loss"),
    LAST_K("K− (bottom LLMs)", "--last-k", Kind.INT, "3", "negatives per query in the sample-LLM loss"),
    NEGATIVES("H (negatives)", "--negatives", Kind.INT, "3", "out-of-cluster queries per query in the sample-sample loss"),
    LAMBDA("λ (sample-sample)", "--lambda", Kind.DOUBLE, "1", "weight of the sample-sample loss, ≥ 0"),
    TAU("τ (temperature)", "--tau", Kind.DOUBLE, "1", "score = cos / τ, > 0"),
    CLUSTERS("Clusters", "--clusters", Kind.INT, "8", "k-means clusters when the data has no cluster ids"),
    BATCH("Batch size", "--batch-size", Kind.INT, "64", "queries per step"),
    STEPS("Steps", "--steps", Kind.INT, "1000", "optimisation steps"),
    LEARNING_RATE("Learning rate", "--lr", Kind.DOUBLE, "0.001", "AdamW learning rate, > 0"),
    EVAL_EVERY("Evaluate every", "--eval-every", Kind.INT, "50", "steps between evaluations and checkpoints"),
    SEED("Seed", "--seed", Kind.LONG, "42", "random seed"),
    DEVICE("Device", "--device", Kind.CHOICE, "auto", "where the worker encodes and trains");

    enum Kind { INT, LONG, DOUBLE, CHOICE, FOLDER }

    private final String label;
    private final String option;
    private final Kind kind;
    private final String defaultValue;
    private final String help;

    TrainingField(String label, String option, Kind kind, String defaultValue, String help) {
        this.label = label;
        this.option = option;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.help = help;
    }

    public String label() {
        return label;
    }

    public String option() {
        return option;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String help() {
        return help;
    }

    public boolean isChoice() {
        return kind == Kind.CHOICE;
    }

    public boolean isFolder() {
        return kind == Kind.FOLDER;
    }

    /** The values a choice field offers (the first is the default); empty for other fields. */
    public List<String> choices() {
        return switch (this) {
            case POOLING -> List.of("model default", "cls", "mean");
            case DEVICE -> List.of("auto", "cpu", "gpu");
            case FINETUNE -> List.of("frozen", "top-1", "top-2", "top-4", "all");
            case SELECTION -> List.of("cv", "train");
            case BALANCE -> List.of("datasets", "none");
            default -> List.of();
        };
    }

    /** Whether the value means "leave it to the worker" (no argument is passed). */
    boolean isUnset(String value) {
        return value == null || value.isBlank() || this == POOLING && value.equals("model default");
    }

    /** Why {@code value} is not acceptable, or null when it is. */
    public String problem(String value) {
        String text = value == null ? "" : value.strip();
        if (this == ENCODER_LR && text.isEmpty()) {
            return null;
        }
        try {
            return switch (kind) {
                case INT -> checkInt(Integer.parseInt(text));
                case LONG -> {
                    Long.parseLong(text);
                    yield null;
                }
                case DOUBLE -> checkDouble(Double.parseDouble(text));
                case CHOICE -> choices().contains(text.toLowerCase(Locale.ROOT)) ? null : "choose one of " + choices();
                case FOLDER -> text.isEmpty() || Files.isDirectory(Path.of(text)) ? null : "no such folder";
            };
        } catch (NumberFormatException e) {
            return kind == Kind.DOUBLE ? "not a number" : "not a whole number";
        }
    }

    private String checkInt(int v) {
        int min = switch (this) {
            case BATCH -> 2;
            case TOP_K, LAST_K, NEGATIVES, CLUSTERS, STEPS, EVAL_EVERY -> 1;
            default -> Integer.MIN_VALUE;
        };
        return v < min ? "must be at least " + min : null;
    }

    private String checkDouble(double v) {
        if (!Double.isFinite(v)) {
            return "not a number";
        }
        return switch (this) {
            case LAMBDA -> v < 0 ? "must be ≥ 0" : null;
            case TAU, LEARNING_RATE, ENCODER_LR -> v <= 0 ? "must be > 0" : null;
            default -> null;
        };
    }
}
