package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The DJL encoder loaded from the bundled ONNX weights reproduces ONNX Runtime's output on the same tokens. */
class BertEncoderParityTest {
    private static NDManager manager;
    private static BertEncoderBlock encoder;
    private static HuggingFaceTokenizer tokenizer;
    private static OrtBge ort;

    @BeforeAll
    static void load() throws Exception {
        ort = new OrtBge(BundledBge.modelBytes());
        manager = NDManager.newBaseManager();
        encoder = BertEncoderBlock.load(OnnxBertImporter.importModel(BundledBge.model()).weights(), manager);
        tokenizer = BgeTexts.tokenizer();
    }

    @AfterAll
    static void close() throws Exception {
        ort.close();
        tokenizer.close();
        manager.close();
    }

    static List<Arguments> batches() {
        return List.of(
                Arguments.of("batch 1, ~5 tokens", List.of(BgeTexts.SHORT)),
                Arguments.of("batch 1, ~40 tokens", List.of(BgeTexts.MEDIUM)),
                Arguments.of("batch 1, ~200 tokens", List.of(BgeTexts.LONG)),
                Arguments.of("batch 3, padded", List.of(BgeTexts.MEDIUM, BgeTexts.SHORT, BgeTexts.LONG)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("batches")
    void matchesOnnxRuntime(String label, List<String> texts) throws Exception {
        TokenBatch batch = BgeTexts.encodeChecked(tokenizer, texts);
        float[][][] expected = ort.lastHiddenState(batch);
        try (NDManager run = manager.newSubManager()) {
            NDArray hidden = encoder.forward(new ParameterStore(run, false), batch.toNDList(run), false).singletonOrThrow();
            float[] actual = hidden.toFloatArray();
            float[] pooled = BertEncoderBlock.clsEmbedding(hidden).toFloatArray();
            int h = encoder.config().hiddenSize(), t = batch.length();
            double maxDiff = 0, maxPooledDiff = 0;
            for (int b = 0; b < batch.size(); b++) {
                float[] cls = l2Normalised(expected[b][0]);
                for (int d = 0; d < h; d++) {
                    maxPooledDiff = Math.max(maxPooledDiff, Math.abs(cls[d] - pooled[b * h + d]));
                }
                for (int i = 0; i < batch.tokens(b); i++) { // padded positions are not part of the contract
                    for (int d = 0; d < h; d++) {
                        maxDiff = Math.max(maxDiff, Math.abs(expected[b][i][d] - actual[(b * t + i) * h + d]));
                    }
                }
            }
            System.out.printf("parity %s (tokens %s): max |DJL - ORT| last_hidden_state %.3g, CLS embedding %.3g%n",
                    label, tokenCounts(batch), maxDiff, maxPooledDiff);
            assertThat(maxDiff).isLessThanOrEqualTo(1e-4);
            assertThat(maxPooledDiff).isLessThanOrEqualTo(1e-5);
        }
    }

    private static String tokenCounts(TokenBatch batch) {
        StringBuilder s = new StringBuilder();
        for (int b = 0; b < batch.size(); b++) {
            s.append(b == 0 ? "" : ",").append(batch.tokens(b));
        }
        return s.toString();
    }

    static float[] l2Normalised(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(sum));
        }
        return out;
    }
}
