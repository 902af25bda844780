package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * RouterDC's sample-LLM contrastive loss, as the released {@code compute_sample_llm_loss}: for each of the K+ best
 * LLMs of a row (positive) against its K- worst LLMs (negatives; a negative scoring above 0.5 is excluded as -inf),
 * the term is the batch mean of -log softmax([x_pos, x_negs])[0], with rows whose positive scored 0 (or less)
 * contributing 0 but still counted; the loss is the sum of the K+ terms.
 * Ties in the scores are broken by LLM index (lower first), where PyTorch's sort leaves them unspecified.
 * An LLM without a score on a row (NaN, a hole in the table) is neither a positive nor a negative of that row: the
 * row is treated as if it had only its scored LLMs, a positive slot it cannot fill contributing 0.
 */
public final class SampleLlmLoss {
    private SampleLlmLoss() {
    }

    /**
     * @param logits [B, T] router scores s(x, t)
     * @param scores B x T true LLM scores of the batch rows
     * @param topK   K+ (clipped to T)
     * @param lastK  K- (clipped to T)
     * @return scalar loss
     */
    public static NDArray loss(NDArray logits, double[][] scores, int topK, int lastK) {
        int rows = scores.length;
        int llms = scores[0].length;
        int positives = Math.min(topK, llms);
        int negatives = Math.min(lastK, llms);
        NDManager manager = logits.getManager();
        NDArray flat = logits.reshape(-1);
        long[] negativeIndex = new long[rows * negatives];
        boolean[] excluded = new boolean[rows * negatives];
        int[][] descending = new int[rows][];
        int[] scored = new int[rows];
        for (int r = 0; r < rows; r++) {
            descending[r] = order(scores[r]);
            scored[r] = scoredCount(scores[r]);
            for (int j = 0; j < negatives; j++) {
                boolean present = j < scored[r];
                int llm = descending[r][present ? scored[r] - 1 - j : llms - 1 - j];
                negativeIndex[r * negatives + j] = (long) r * llms + llm;
                excluded[r * negatives + j] = !present || scores[r][llm] > 0.5;
            }
        }
        NDArray negativeLogits = flat.take(manager.create(negativeIndex, new Shape(rows, negatives)));
        NDArray minusInfinity = manager.full(negativeLogits.getShape(), Float.NEGATIVE_INFINITY);
        negativeLogits = NDArrays.where(manager.create(excluded, new Shape(rows, negatives)), minusInfinity, negativeLogits);
        NDArray total = null;
        for (int i = 0; i < positives; i++) {
            long[] positiveIndex = new long[rows];
            float[] mask = new float[rows];
            for (int r = 0; r < rows; r++) {
                int llm = descending[r][i];
                positiveIndex[r] = (long) r * llms + llm;
                mask[r] = i < scored[r] && scores[r][llm] > 0 ? 1f : 0f;
            }
            NDArray positive = flat.take(manager.create(positiveIndex, new Shape(rows, 1)));
            NDArray logProb = positive.concat(negativeLogits, 1).logSoftmax(1).get(":, 0");
            NDArray term = logProb.mul(manager.create(mask)).neg().mean();
            total = total == null ? term : total.add(term);
        }
        return total;
    }

    private static int scoredCount(double[] rowScores) {
        int count = 0;
        for (double score : rowScores) {
            count += Double.isNaN(score) ? 0 : 1;
        }
        return count;
    }

    /** LLM indices by score, best first, missing (NaN) scores last; ties keep index order. */
    static int[] order(double[] rowScores) {
        Integer[] idx = new Integer[rowScores.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.isNaN(rowScores[a]) || Double.isNaN(rowScores[b])
                ? Boolean.compare(Double.isNaN(rowScores[a]), Double.isNaN(rowScores[b]))
                : Double.compare(rowScores[b], rowScores[a]));
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
