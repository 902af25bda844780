package org.routerdc.workbench.data;

/**
 * One query of a score table.
 *
 * @param id        the row's id (from the file, else "&lt;dataset&gt;#&lt;index&gt;")
 * @param text      the query text
 * @param task      task or dataset tag, or null
 * @param clusterId cluster id from the file, or {@link #NO_CLUSTER}
 * @param scores    one score per LLM, in the table's LLM order
 * @param costs     one cost per LLM in the table's LLM order, or null when the file has none
 */
public record QueryRow(String id, String text, String task, int clusterId, double[] scores, double[] costs) {
    public static final int NO_CLUSTER = -1;

    public boolean hasCluster() {
        return clusterId != NO_CLUSTER;
    }

    /** Index of the highest-scoring LLM (first on ties). */
    public int bestLlm() {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
