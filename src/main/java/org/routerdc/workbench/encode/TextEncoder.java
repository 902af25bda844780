package org.routerdc.workbench.encode;

import java.util.List;

/**
 * Turns texts into L2-normalised float32 embeddings.
 *
 * <p>Thread-safety: {@link #encode} may run on a background thread and implementations allow concurrent calls
 * (they then share the CPU cores); {@link #close()} must not overlap a running encode.
 */
public interface TextEncoder extends AutoCloseable {
    EncoderInfo info();

    default int dimension() {
        return info().dimension();
    }

    /**
     * Encodes texts, returning one row per text in input order.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancel} says so between batches
     */
    float[][] encode(List<String> texts, EncodeProgress progress, CancelCheck cancel);

    /** Encodes one text, e.g. a query to route. */
    default float[] encode(String text) {
        return encode(List.of(text), EncodeProgress.NONE, CancelCheck.NEVER)[0];
    }

    /** Where the model runs, with a notice when a requested GPU was not available, e.g. "CPU (2 threads)". */
    String deviceDescription();

    @Override
    void close();
}
