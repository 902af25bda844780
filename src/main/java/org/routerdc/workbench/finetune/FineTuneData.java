package org.routerdc.workbench.finetune;

import java.util.List;
import org.routerdc.workbench.encode.Pooling;
import org.routerdc.workbench.encode.TokenizedText;
import org.routerdc.workbench.train.TrainingData;

/**
 * What encoder fine-tuning trains on: every row's tokens (left-truncated exactly as the ONNX encoder does) beside
 * its scores, dataset and frozen embedding (the frozen embeddings only seed k-means when the data has no clusters).
 *
 * @param rows          all rows (scores, datasets, clusters, frozen embeddings)
 * @param tokens        one entry per row of {@code rows}
 * @param padId         the tokenizer's padding id
 * @param pooling       how the encoder pools tokens into one embedding
 * @param trainRows     rows to train on (before the per-dataset cap)
 * @param selectionRows rows to pick the best step on; null = {@code trainRows} (as the paper)
 */
public record FineTuneData(TrainingData rows, List<TokenizedText> tokens, long padId, Pooling pooling, int[] trainRows,
                           int[] selectionRows) {
    public FineTuneData {
        if (tokens.size() != rows.size()) {
            throw new IllegalArgumentException(tokens.size() + " token rows for " + rows.size() + " rows");
        }
        tokens = List.copyOf(tokens);
    }

    public int[] selectionOrTrain() {
        return selectionRows != null ? selectionRows : trainRows;
    }
}
