package org.routerdc.workbench.finetune;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;

/** Token ids, attention mask and token types of a batch, right-padded with id 0 / mask 0 to the longest text. */
public record TokenBatch(long[][] inputIds, long[][] attentionMask, long[][] tokenTypeIds) {
    public static TokenBatch encode(HuggingFaceTokenizer tokenizer, List<String> texts) {
        List<Encoding> encodings = texts.stream().map(tokenizer::encode).toList();
        int length = encodings.stream().mapToInt(e -> e.getIds().length).max().orElse(0);
        long[][] ids = new long[texts.size()][length], mask = new long[texts.size()][length], types = new long[texts.size()][length];
        for (int i = 0; i < encodings.size(); i++) {
            Encoding e = encodings.get(i);
            System.arraycopy(e.getIds(), 0, ids[i], 0, e.getIds().length);
            System.arraycopy(e.getAttentionMask(), 0, mask[i], 0, e.getAttentionMask().length);
            System.arraycopy(e.getTypeIds(), 0, types[i], 0, e.getTypeIds().length);
        }
        return new TokenBatch(ids, mask, types);
    }

    /** The padded batch the ONNX encoder's tokenizer makes (left truncation, its pad id), as model inputs. */
    public static TokenBatch of(org.routerdc.workbench.encode.TokenizedBatch batch) {
        return new TokenBatch(batch.inputIds(), batch.attentionMask(), batch.tokenTypeIds());
    }

    public int size() {
        return inputIds.length;
    }

    public int length() {
        return inputIds.length == 0 ? 0 : inputIds[0].length;
    }

    /** Count of real (unpadded) tokens of row {@code i}. */
    public int tokens(int i) {
        int n = 0;
        for (long m : attentionMask[i]) {
            n += (int) m;
        }
        return n;
    }

    /** (input_ids, attention_mask, token_type_ids) as int64 arrays, the encoder's input. */
    public NDList toNDList(NDManager manager) {
        return new NDList(manager.create(inputIds), manager.create(attentionMask), manager.create(tokenTypeIds));
    }
}
