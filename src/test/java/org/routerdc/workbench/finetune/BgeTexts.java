package org.routerdc.workbench.finetune;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Test texts of about 5, 40 and 200 tokens, and the bundled tokenizer. */
final class BgeTexts {
    static final java.util.List<String> MATHS = java.util.List.of("What is 12 times 7?", "Solve 3x + 5 = 20 for x.",
            "How many apples remain if Tom eats 3 of 10?");
    static final java.util.List<String> CODE = java.util.List.of("Write a Python function that reverses a list.",
            "Fix the null pointer exception in this Java method.", "Implement binary search in C++.");
    static final String SHORT = "Route this query.";
    static final String MEDIUM = "Which of the seven language models should answer a grade-school arithmetic question "
            + "about apples, oranges and the number of baskets needed to carry them all home before dinner?";
    static final String LONG = ("The router maps each query to an embedding and compares it with learned vectors, one per "
            + "language model, choosing the model whose vector is closest; training pulls a query towards the models "
            + "that scored well on it and pushes it away from those that did not, while a second contrastive term keeps "
            + "queries of the same cluster together. ").repeat(3);

    private BgeTexts() {}

    /** Encodes and checks the lengths really are ~5, ~40, ~200 tokens, so the cases test what they claim. */
    static TokenBatch encodeChecked(HuggingFaceTokenizer tokenizer, java.util.List<String> texts) {
        TokenBatch batch = TokenBatch.encode(tokenizer, texts);
        for (int i = 0; i < texts.size(); i++) {
            int n = batch.tokens(i);
            boolean ok = texts.get(i).equals(SHORT) ? n >= 4 && n <= 8
                    : texts.get(i).equals(MEDIUM) ? n >= 30 && n <= 50 : n >= 170 && n <= 230;
            if (!ok) {
                throw new IllegalStateException("unexpected token count " + n + " for: " + texts.get(i));
            }
        }
        return batch;
    }

    static HuggingFaceTokenizer tokenizer() {
        try {
            return HuggingFaceTokenizer.newInstance(BundledBge.tokenizerJson(),
                    Map.of("padding", "false", "truncation", "true", "maxLength", "512"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
