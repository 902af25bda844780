package org.routerdc.workbench.data;

import java.util.Locale;

/** How a routed query counts towards a dataset's accuracy. */
public enum Metric {
    /** 1 when the chosen LLM's score is above 0, else 0. */
    BINARY,
    /** The chosen LLM's score as it is. */
    GRADED;

    /** The value one routed query contributes when the chosen LLM scored {@code score}. */
    public double credit(double score) {
        return this == BINARY ? (score > 0 ? 1.0 : 0.0) : score;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Metric parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "binary" -> BINARY;
            case "graded" -> GRADED;
            default -> throw new IllegalArgumentException("unknown metric '" + text + "' (expected binary or graded)");
        };
    }
}
