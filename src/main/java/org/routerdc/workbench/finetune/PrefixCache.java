package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CancellationException;
import org.routerdc.workbench.encode.TokenizedBatch;
import org.routerdc.workbench.encode.TokenizedText;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingListener;

/**
 * The frozen prefix's output (hidden states after the last frozen layer) for every row that trains or selects,
 * computed once in length-sorted batches and kept on the Java heap as float32: tokens × hidden × 4 bytes per row
 * (bge-small: 1,536 bytes per token, ~150 KB for a 100-token query).
 */
final class PrefixCache {
    private final float[][] hidden;
    private final int[] lengths;
    private final int hiddenSize;

    private PrefixCache(float[][] hidden, int[] lengths, int hiddenSize) {
        this.hidden = hidden;
        this.lengths = lengths;
        this.hiddenSize = hiddenSize;
    }

    static PrefixCache build(BertInputBlock prefix, FineTuneData data, int[] rows, NDManager manager,
                             TrainingListener listener, BooleanSupplier cancelled) {
        int n = data.tokens().size();
        int h = prefix.config.hiddenSize();
        float[][] hidden = new float[n][];
        int[] lengths = new int[n];
        int[] unique = Arrays.stream(rows).distinct().boxed()
                .sorted((a, b) -> Integer.compare(data.tokens().get(a).length(), data.tokens().get(b).length()))
                .mapToInt(Integer::intValue).toArray();
        long start = System.currentTimeMillis(), bytes = 0;
        ParameterStore ps = new ParameterStore(manager, false);
        for (int from = 0; from < unique.length; ) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled while caching the frozen layers");
            }
            int to = TokenBudget.chunkEnd(from, unique.length, i -> data.tokens().get(unique[i]).length());
            List<TokenizedText> texts = new ArrayList<>();
            for (int i = from; i < to; i++) {
                texts.add(data.tokens().get(unique[i]));
            }
            TokenBatch batch = TokenBatch.of(TokenizedBatch.pad(texts, data.padId()));
            // NDScope: ops that start from a parameter (the embedding lookup) put their results in the parameters'
            // manager, so only a scope frees every intermediate of the batch
            try (NDScope ignored = new NDScope(); NDManager scope = manager.newSubManager()) {
                NDArray out = prefix.forward(ps, batch.toNDList(scope), false).get(0);
                float[] flat = out.toFloatArray();
                int t = batch.length();
                for (int i = from; i < to; i++) {
                    int len = texts.get(i - from).length();
                    int offset = (i - from) * t * h;
                    hidden[unique[i]] = Arrays.copyOfRange(flat, offset, offset + len * h);
                    lengths[unique[i]] = len;
                    bytes += (long) len * h * 4;
                }
            }
            from = to;
            double seconds = Math.max((System.currentTimeMillis() - start) / 1000.0, 1e-3);
            listener.onEvent(new TrainingEvent.Progress("caching frozen layers", from, unique.length, from / seconds,
                    (unique.length - from) / (from / seconds)));
        }
        listener.onEvent(new TrainingEvent.Log(TrainingEvent.Level.INFO, String.format(
                "cached the frozen layers' output for %d rows: %.1f MB (%d bytes per token), %d ms",
                unique.length, bytes / 1e6, h * 4, System.currentTimeMillis() - start)));
        return new PrefixCache(hidden, lengths, h);
    }

    /** (hidden [B, T, H], mask bias [B, 1, 1, T]) for the rows, right-padded with zeros, plus the [B, T] mask. */
    record Batch(NDList suffixInput, NDArray mask) {}

    Batch batch(int[] rows, NDManager manager) {
        int t = 0;
        for (int r : rows) {
            if (hidden[r] == null) {
                throw new IllegalStateException("row " + r + " was not cached");
            }
            t = Math.max(t, lengths[r]);
        }
        float[] flat = new float[rows.length * t * hiddenSize];
        float[] mask = new float[rows.length * t];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(hidden[rows[i]], 0, flat, i * t * hiddenSize, lengths[rows[i]] * hiddenSize);
            Arrays.fill(mask, i * t, i * t + lengths[rows[i]], 1f);
        }
        NDArray maskArray = manager.create(mask, new Shape(rows.length, t));
        NDArray states = manager.create(flat, new Shape(rows.length, t, hiddenSize));
        return new Batch(new NDList(states, BertInputBlock.maskBias(maskArray)), maskArray);
    }
}
