package org.routerdc.workbench.encode;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Hugging Face tokenizer read from a tokenizer.json file (never fetched by model name), with RouterDC's left
 * truncation done on the token ids. Thread-safe (the native tokenizer is).
 */
public final class TextTokenizer implements AutoCloseable {
    private final HuggingFaceTokenizer tokenizer;
    private final int maxLength;
    private final long padId;

    private TextTokenizer(HuggingFaceTokenizer tokenizer, int maxLength, long padId) {
        this.tokenizer = tokenizer;
        this.maxLength = maxLength;
        this.padId = padId;
    }

    public static TextTokenizer open(Path tokenizerJson, int maxLength) throws IOException {
        if (!Files.isRegularFile(tokenizerJson)) {
            throw new IOException("tokenizer file not found: " + tokenizerJson);
        }
        // Truncation off: the library truncates on the right, RouterDC keeps the end of long queries.
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "true"));
        long padId = padIdOf(tokenizer);
        return new TextTokenizer(tokenizer, maxLength, padId);
    }

    private static long padIdOf(HuggingFaceTokenizer tokenizer) {
        for (String pad : List.of("[PAD]", "<pad>")) {
            long[] ids = tokenizer.encode(pad, false, false).getIds();
            if (ids.length == 1) {
                return ids[0];
            }
        }
        return 0L;
    }

    /** Tokenises each text (in parallel inside the native library) and left-truncates it to {@link #maxLength()}. */
    public List<TokenizedText> tokenize(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        Encoding[] encodings = tokenizer.batchEncode(texts);
        List<TokenizedText> out = new ArrayList<>(encodings.length);
        for (Encoding encoding : encodings) {
            int[] kept = LeftTruncation.keptIndices(encoding.getSpecialTokenMask(), maxLength);
            out.add(new TokenizedText(LeftTruncation.select(encoding.getIds(), kept),
                    LeftTruncation.select(encoding.getTypeIds(), kept)));
        }
        return out;
    }

    /** Tokenises and pads texts into one batch of model inputs. */
    public TokenizedBatch batch(List<String> texts) {
        return TokenizedBatch.pad(tokenize(texts), padId);
    }

    public int maxLength() {
        return maxLength;
    }

    public long padId() {
        return padId;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
