package org.routerdc.workbench.finetune;

import org.routerdc.workbench.files.Tensor;
import org.routerdc.workbench.files.Safetensors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsBertImporterTest {
    @TempDir Path dir;

    @Test
    void roundTripsTheImportedBgeWeightsThroughAHuggingFaceFolder() throws IOException {
        BertWeights weights = OnnxBertImporter.importModel(BundledBge.model(), BertTestConfigs.BGE_SMALL).weights();
        BertFolderWriter.write(weights, BundledBge.tokenizerJson(), dir);
        SafetensorsBertImporter.Checkpoint back = SafetensorsBertImporter.importFolder(dir);
        assertThat(back.weights().config()).isEqualTo(BertTestConfigs.BGE_SMALL);
        assertThat(back.weights().changedFrom(weights)).isEmpty();
        assertThat(back.tokenizerJson()).exists();
    }

    @Test
    void widensHalfAndBfloat16() throws IOException {
        // 1.0, -2.5, 0.5 in IEEE half and in bfloat16
        Path file = dir.resolve("half.safetensors");
        writeRaw(file, "{\"h\":{\"dtype\":\"F16\",\"shape\":[3],\"data_offsets\":[0,6]},"
                + "\"b\":{\"dtype\":\"BF16\",\"shape\":[3],\"data_offsets\":[6,12]}}",
                new short[] {0x3C00, (short) 0xC100, 0x3800, 0x3F80, (short) 0xC020, 0x3F00});
        Map<String, Tensor> tensors = Safetensors.read(file);
        assertThat(tensors.get("h").values()).containsExactly(1f, -2.5f, 0.5f);
        assertThat(tensors.get("b").values()).containsExactly(1f, -2.5f, 0.5f);
    }

    @Test
    void namesTheTensorWhoseOffsetsAreWrong() throws IOException {
        Path file = dir.resolve("bad.safetensors");
        writeRaw(file, "{\"w\":{\"dtype\":\"F16\",\"shape\":[4],\"data_offsets\":[0,6]}}", new short[] {1, 2, 3});
        assertThatThrownBy(() -> Safetensors.read(file)).hasMessageContaining("tensor 'w'").hasMessageContaining("data_offsets");
    }

    @Test
    void stripsTheBertPrefixIgnoresThePoolerAndReportsMissingParameters() throws IOException {
        BertConfig tiny = new BertConfig(10, 4, 1, 2, 8, 6, 2, 1e-12, "gelu");
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        BertParameters.shapes(tiny).forEach((name, shape) -> tensors.put("bert." + name, zeros(shape)));
        tensors.put("pooler.dense.weight", zeros(new long[] {4, 4}));
        Files.writeString(dir.resolve("tokenizer.json"), "{}");
        tiny.write(dir.resolve("config.json"));
        Safetensors.write(dir.resolve("model.safetensors"), tensors);
        assertThat(SafetensorsBertImporter.importFolder(dir).weights().tensors()).hasSize(5 + 16);

        tensors.remove("bert.encoder.layer.0.output.dense.bias");
        Safetensors.write(dir.resolve("model.safetensors"), tensors);
        assertThatThrownBy(() -> SafetensorsBertImporter.importFolder(dir))
                .hasMessageContaining("missing encoder.layer.0.output.dense.bias [4]");
    }

    private static Tensor zeros(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return new Tensor(shape, new float[(int) n]);
    }

    private static void writeRaw(Path file, String header, short[] data) throws IOException {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + json.length + 2 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(json.length).put(json);
        for (short s : data) {
            b.putShort(s);
        }
        Files.write(file, b.array());
    }
}
