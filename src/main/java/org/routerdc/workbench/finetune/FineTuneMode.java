package org.routerdc.workbench.finetune;

import java.util.Locale;

/**
 * Which encoder layers train: none ({@code frozen}, a head on precomputed embeddings), the top N ({@code top-N}:
 * the layers below run once and are cached), or every layer and the embeddings ({@code all}).
 *
 * @param trainableLayers 0 for frozen, N for top-N, {@link #ALL_LAYERS} for all
 */
public record FineTuneMode(int trainableLayers) {
    public static final int ALL_LAYERS = Integer.MAX_VALUE;
    public static final FineTuneMode FROZEN = new FineTuneMode(0);
    public static final FineTuneMode ALL = new FineTuneMode(ALL_LAYERS);

    public FineTuneMode {
        if (trainableLayers < 0) {
            throw new IllegalArgumentException("trainable layers must be >= 0, got " + trainableLayers);
        }
    }

    /** Parses {@code frozen}, {@code all} or {@code top-N} (N >= 1); the message names the accepted forms. */
    public static FineTuneMode parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("frozen")) {
            return FROZEN;
        }
        if (t.equals("all")) {
            return ALL;
        }
        if (t.startsWith("top-")) {
            try {
                int n = Integer.parseInt(t.substring(4));
                if (n >= 1) {
                    return new FineTuneMode(n);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("--finetune must be frozen, top-N (N >= 1 layers) or all, not '" + text + "'");
    }

    public boolean frozen() {
        return trainableLayers == 0;
    }

    public boolean all() {
        return trainableLayers == ALL_LAYERS;
    }

    /** Checks N against the encoder's layer count; top-L for an L-layer encoder still keeps the embeddings frozen. */
    public void checkFits(int encoderLayers) {
        if (!frozen() && !all() && trainableLayers > encoderLayers) {
            throw new IllegalArgumentException("--finetune top-" + trainableLayers + ": the encoder has only "
                    + encoderLayers + " layers (use top-1..top-" + encoderLayers + " or all)");
        }
    }

    @Override
    public String toString() {
        return frozen() ? "frozen" : all() ? "all" : "top-" + trainableLayers;
    }
}
