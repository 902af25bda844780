package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.encode.BundledModel;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.EncodeProgress;
import org.routerdc.workbench.encode.DevicePreference;
import org.routerdc.workbench.encode.EncoderOptions;
import org.routerdc.workbench.encode.ModelFolder;
import org.routerdc.workbench.encode.OnnxTextEncoder;
import org.routerdc.workbench.encode.Pooling;
import org.routerdc.workbench.files.Tensor;

/** Tuned weights given to ONNX Runtime as initializer overrides run there exactly as in DJL. */
class InitializerOverridesTest {
    @TempDir Path dir;

    @Test
    void unchangedWeightsOverrideNothing() {
        OnnxBertImporter.Imported imported = OnnxBertImporter.importModel(BundledBge.model());
        assertThat(InitializerOverrides.changed(BundledBge.model(), imported.sources(), imported.weights())).isEmpty();
    }

    @Test
    void tunedTopLayersRunInOnnxRuntimeAsInDjl() throws Exception {
        OnnxBertImporter.Imported imported = OnnxBertImporter.importModel(BundledBge.model());
        BertWeights tuned = perturbTopTwoLayers(imported.weights());
        Path overrides = dir.resolve(ModelFolder.INITIALIZERS);
        Map<String, Tensor> written = InitializerOverrides.write(BundledBge.model(), imported.sources(), tuned, overrides);
        assertThat(written).hasSize(2 * 16).allSatisfy((name, t) -> assertThat(isTopTwoLayers(imported, name)).isTrue());

        List<String> texts = List.of(BgeTexts.MEDIUM, BgeTexts.SHORT, BgeTexts.LONG);
        ModelFolder bundled = BundledModel.extract();
        EncoderOptions options = EncoderOptions.defaults().withPooling(Pooling.CLS).withDevice(DevicePreference.CPU);
        float[][] ortTuned, ortOriginal;
        try (OnnxTextEncoder ort = OnnxTextEncoder.open(new ModelFolder("tuned", bundled.model(), bundled.tokenizer(),
                Pooling.CLS, overrides), options)) {
            ortTuned = ort.encode(texts, EncodeProgress.NONE, CancelCheck.NEVER);
        }
        try (OnnxTextEncoder ort = OnnxTextEncoder.open(bundled, options)) {
            ortOriginal = ort.encode(texts, EncodeProgress.NONE, CancelCheck.NEVER);
        }
        double toDjl = 0, toOriginal = 0;
        try (NDManager m = NDManager.newBaseManager(); var tokenizer = BgeTexts.tokenizer()) {
            BertEncoderBlock encoder = BertEncoderBlock.load(tuned, m);
            TokenBatch batch = TokenBatch.encode(tokenizer, texts);
            float[] hidden = encoder.forward(new ParameterStore(m, false), batch.toNDList(m), false).singletonOrThrow().toFloatArray();
            int h = 384, t = batch.length();
            for (int b = 0; b < texts.size(); b++) {
                float[] cls = normalised(hidden, b * t * h, h);
                for (int d = 0; d < h; d++) {
                    toDjl = Math.max(toDjl, Math.abs(ortTuned[b][d] - cls[d]));
                    toOriginal = Math.max(toOriginal, Math.abs(ortTuned[b][d] - ortOriginal[b][d]));
                }
            }
        }
        System.out.printf("initializer overrides: %d tensors; max |ORT(tuned) - DJL(tuned)| %.3g, "
                + "max |ORT(tuned) - ORT(original)| %.3g%n", written.size(), toDjl, toOriginal);
        assertThat(toDjl).isLessThanOrEqualTo(1e-4);
        assertThat(toOriginal).isGreaterThan(1e-2); // the overrides were really used
    }

    /** Every tensor of layers 10 and 11 moved by seeded noise, as a short fine-tuning would. */
    static BertWeights perturbTopTwoLayers(BertWeights weights) {
        Random random = new Random(7);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        weights.tensors().forEach((name, t) -> {
            if (name.startsWith("encoder.layer.10.") || name.startsWith("encoder.layer.11.")) {
                float[] values = t.values().clone();
                for (int i = 0; i < values.length; i++) {
                    values[i] += (float) (0.02 * random.nextGaussian());
                }
                tensors.put(name, new Tensor(t.shape(), values));
            } else {
                tensors.put(name, t);
            }
        });
        return new BertWeights(weights.config(), tensors);
    }

    private static float[] normalised(float[] values, int from, int length) {
        double norm = 0;
        for (int i = 0; i < length; i++) {
            norm += values[from + i] * values[from + i];
        }
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            out[i] = (float) (values[from + i] / Math.sqrt(norm));
        }
        return out;
    }

    private static boolean isTopTwoLayers(OnnxBertImporter.Imported imported, String initializer) {
        return imported.sources().entrySet().stream().filter(e -> e.getValue().initializer().equals(initializer))
                .allMatch(e -> e.getKey().startsWith("encoder.layer.10.") || e.getKey().startsWith("encoder.layer.11."));
    }
}
