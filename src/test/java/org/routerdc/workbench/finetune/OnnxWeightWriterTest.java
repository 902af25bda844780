package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fine-tuned weights written into the ONNX graph run in ONNX Runtime exactly as in DJL. */
class OnnxWeightWriterTest {
    @TempDir Path dir;

    @Test
    void unchangedWeightsReproduceTheOriginalFile() throws Exception {
        OnnxModelFile model = BundledBge.model();
        OnnxBertImporter.Imported imported = OnnxBertImporter.importModel(model);
        Path out = dir.resolve("same.onnx");
        assertThat(OnnxWeightWriter.write(model, imported.sources(), imported.weights(), out)).isEmpty();
        assertThat(Arrays.equals(Files.readAllBytes(out), model.bytes())).isTrue();
    }

    @Test
    void fineTunedModelRunsInOnnxRuntimeAsInDjl() throws Exception {
        OnnxModelFile model = BundledBge.model();
        OnnxBertImporter.Imported imported = OnnxBertImporter.importModel(model);
        try (NDManager m = NDManager.newBaseManager(); HuggingFaceTokenizer tokenizer = BgeTexts.tokenizer()) {
            BertEncoderBlock encoder = BertEncoderBlock.load(imported.weights(), m);
            List<String> texts = new ArrayList<>(TopLayerFineTunerTest.MATHS);
            texts.addAll(TopLayerFineTunerTest.CODE);
            TopLayerFineTuner tuner = new TopLayerFineTuner(encoder, 2,
                    Optimizer.adamW().optLearningRateTracker(Tracker.fixed(2e-4f)).build());
            TopLayerFineTuner.CachedPrefix cached = tuner.cache(TokenBatch.encode(tokenizer, texts), m);
            for (int i = 0; i < 2; i++) {
                tuner.step(cached, TopLayerFineTunerTest::crossGroupSimilarity);
            }
            BertWeights tuned = encoder.weights();

            Path out = dir.resolve("tuned.onnx");
            List<String> replaced = OnnxWeightWriter.write(model, imported.sources(), tuned, out);
            assertThat(replaced).isNotEmpty().allMatch(n -> isTopTwoLayers(imported, n));
            assertThat(OnnxBertImporter.importModel(OnnxModelFile.read(out)).weights().changedFrom(tuned)).isEmpty();

            TokenBatch probe = TokenBatch.encode(tokenizer, List.of(BgeTexts.MEDIUM, BgeTexts.SHORT, TopLayerFineTunerTest.CODE.get(0)));
            float[] djl = encoder.forward(new ParameterStore(m, false), probe.toNDList(m), false).singletonOrThrow().toFloatArray();
            float[][][] tunedOrt, originalOrt;
            try (OrtBge ort = new OrtBge(Files.readAllBytes(out))) {
                tunedOrt = ort.lastHiddenState(probe);
            }
            try (OrtBge ort = new OrtBge(model.bytes())) {
                originalOrt = ort.lastHiddenState(probe);
            }
            double toDjl = 0, toOriginal = 0;
            int h = 384, t = probe.length();
            for (int b = 0; b < probe.size(); b++) {
                for (int i = 0; i < probe.tokens(b); i++) {
                    for (int d = 0; d < h; d++) {
                        toDjl = Math.max(toDjl, Math.abs(tunedOrt[b][i][d] - djl[(b * t + i) * h + d]));
                        toOriginal = Math.max(toOriginal, Math.abs(tunedOrt[b][i][d] - originalOrt[b][i][d]));
                    }
                }
            }
            System.out.printf("written ONNX: %d initializers replaced; max |ORT(tuned) - DJL(tuned)| %.3g, "
                    + "max |ORT(tuned) - ORT(original)| %.3g%n", replaced.size(), toDjl, toOriginal);
            assertThat(toDjl).isLessThanOrEqualTo(1e-4);
            assertThat(toOriginal).isGreaterThan(1e-2);
        }
    }

    private static boolean isTopTwoLayers(OnnxBertImporter.Imported imported, String initializer) {
        return imported.sources().entrySet().stream().filter(e -> e.getValue().initializer().equals(initializer))
                .allMatch(e -> e.getKey().startsWith("encoder.layer.10.") || e.getKey().startsWith("encoder.layer.11."));
    }
}
