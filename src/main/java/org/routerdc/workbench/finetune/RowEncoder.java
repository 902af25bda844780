package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.List;

/** Rows (by index into {@link FineTuneData#rows()}) → pooled, L2-normalised embeddings through a trainable encoder. */
interface RowEncoder {
    /** [B, H] embeddings with gradient history when {@code training}; inputs are created in {@code manager}. */
    NDArray embed(int[] rows, NDManager manager, boolean training);

    /** The encoder parameters that train, each once. */
    List<Parameter> trainable();
}
