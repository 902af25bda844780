package org.routerdc.workbench.data;

/**
 * One query of a score table.
 *
 * @param id        the row's id (from the file, else "&lt;dataset&gt;#&lt;index&gt;")
 * @param text      the query text
 * @param task      task or dataset tag, or null
 * @param clusterId cluster id from the file, or {@link #NO_CLUSTER}
 * @param scores    one score per LLM, in the table's LLM order; {@link #MISSING} (NaN) where the file has none
 * @param costs     one cost per LLM in the table's LLM order, or null when the file has none; NaN where the LLM's
 *                  score is missing
 */
public record QueryRow(String id, String text, String task, int clusterId, double[] scores, double[] costs) {
    public static final int NO_CLUSTER = -1;
    /** The score (and cost) of an LLM the row has no result for: a hole in the table. */
    public static final double MISSING = Double.NaN;

    public boolean hasCluster() {
        return clusterId != NO_CLUSTER;
    }

    public boolean hasScore(int llm) {
        return !Double.isNaN(scores[llm]);
    }

    /** True when every LLM has a score on this row (only such rows count in an evaluation). */
    public boolean isComplete() {
        for (double score : scores) {
            if (Double.isNaN(score)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the highest-scoring LLM among those with a score (first on ties), or -1 when none has one. */
    public int bestLlm() {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (hasScore(i) && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best;
    }
}
