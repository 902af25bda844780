package org.routerdc.workbench.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.routerdc.workbench.eval.RoutingAccuracy;

/**
 * A trained router as plain arrays, routing in pure Java (no DJL needed): h = x + W2·GELU(W1·x + b1) + b2,
 * score_t = cos(h, k_t) / tau, route = argmax.
 *
 * @param llms    LLM names, in score order
 * @param weights head and LLM vectors
 * @param tau     temperature
 * @param config  the configuration it was trained with
 * @param metrics selection-set figures of the run
 */
public record TrainedRouter(List<String> llms, RouterWeights weights, double tau, TrainingConfig config,
                            TrainingMetrics metrics) {

    public TrainedRouter {
        llms = List.copyOf(llms);
        if (llms.size() != weights.llmCount()) {
            throw new IllegalArgumentException(llms.size() + " LLM names for " + weights.llmCount() + " LLM vectors");
        }
    }

    public float[][] w1() { return weights.w1(); }
    public float[] b1() { return weights.b1(); }
    public float[][] w2() { return weights.w2(); }
    public float[] b2() { return weights.b2(); }
    public float[][] llmVectors() { return weights.llmVectors(); }

    /** The head output h(x) for one embedding. */
    public float[] project(float[] embedding) {
        int d = weights.dimension();
        if (embedding.length != d) {
            throw new IllegalArgumentException("embedding has " + embedding.length + " values, router expects " + d);
        }
        float[] hidden = new float[weights.hidden()];
        for (int i = 0; i < hidden.length; i++) {
            double z = weights.b1()[i] + dot(weights.w1()[i], embedding);
            hidden[i] = (float) ExactGelu.gelu(z);
        }
        float[] h = new float[d];
        for (int j = 0; j < d; j++) {
            h[j] = (float) (embedding[j] + weights.b2()[j] + dot(weights.w2()[j], hidden));
        }
        return h;
    }

    /** cos(h(x), k_t) / tau for every LLM t. */
    public double[] scores(float[] embedding) {
        float[] h = project(embedding);
        double hNorm = Math.sqrt(dot(h, h));
        double[] scores = new double[llms.size()];
        for (int t = 0; t < scores.length; t++) {
            float[] k = weights.llmVectors()[t];
            scores[t] = dot(h, k) / (hNorm * Math.sqrt(dot(k, k))) / tau;
        }
        return scores;
    }

    /** Index of the LLM to route to (first on ties). */
    public int route(float[] embedding) {
        return RoutingAccuracy.argmax(scores(embedding));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    /**
     * Reads a router from a checkpoint: either one checkpoint directory, or a training checkpoint root, in which case
     * its {@code best} (else {@code last}) checkpoint is used.
     */
    public static TrainedRouter fromCheckpoint(Path path) throws IOException {
        Path dir = path;
        if (!Files.exists(path.resolve(Checkpoint.STATE_FILE))) {
            dir = Files.isDirectory(path.resolve(Checkpoint.BEST)) ? path.resolve(Checkpoint.BEST) : path.resolve(Checkpoint.LAST);
        }
        return Checkpoint.read(dir).router();
    }
}
