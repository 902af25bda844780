package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated ONNX classes read models whose bytes are written here by hand, independently of protobuf-java. */
class OnnxModelFileTest {
    @TempDir Path dir;

    @Test
    void namesTheFileOfATruncatedModel() throws Exception {
        byte[] model = ProtoBytes.tinyMatMulModel("w", "mm", new float[] {1, 2, 3, 4});
        Path cut = dir.resolve("cut.onnx");
        Files.write(cut, Arrays.copyOf(model, model.length - 30));
        assertThatThrownBy(() -> OnnxModelFile.read(cut)).hasMessageStartingWith(cut + ": not a readable ONNX model");
    }

    @Test
    void readsAHandBuiltModel() throws Exception {
        byte[] model = ProtoBytes.tinyMatMulModel("w", "mm", new float[] {1, 2, 3, 4});
        OnnxModelFile file = OnnxModelFile.read(new ByteArrayInputStream(model));
        assertThat(file.irVersion()).isEqualTo(7);
        assertThat(file.producer()).isEqualTo("hand");
        assertThat(file.inputs()).containsExactly("x");
        assertThat(file.outputs()).containsExactly("y");
        assertThat(file.nodes()).singleElement().satisfies(n -> {
            assertThat(n.opType()).isEqualTo("MatMul");
            assertThat(n.inputs()).containsExactly("x", "w");
        });
        assertThat(file.initializer("w").dims()).containsExactly(2, 2);
        assertThat(file.floats("w")).containsExactly(1, 2, 3, 4);
    }

    @Test
    void readsUnpackedFloatData() throws Exception {
        ProtoBytes tensor = new ProtoBytes().varint(1, 2).varint(1, 2).varint(2, OnnxInitializer.FLOAT).string(8, "w")
                .fixed32(4, 1).fixed32(4, -2).fixed32(4, 3.5f).fixed32(4, 4);
        OnnxModelFile file = OnnxModelFile.read(new ByteArrayInputStream(ProtoBytes.tinyMatMulModel("w", "mm", tensor)));
        assertThat(file.floats("w")).containsExactly(1, -2, 3.5f, 4);
    }

    @Test
    void readsExternalDataBesideTheModelFile() throws Exception {
        byte[] data = new byte[8 + 16];
        System.arraycopy(ProtoBytes.littleEndian(new float[] {9, 8, 7, 6}), 0, data, 8, 16);
        Files.write(dir.resolve("weights.bin"), data);
        ProtoBytes tensor = new ProtoBytes().varint(1, 2).varint(1, 2).varint(2, OnnxInitializer.FLOAT).string(8, "w")
                .message(13, new ProtoBytes().string(1, "location").string(2, "weights.bin"))
                .message(13, new ProtoBytes().string(1, "offset").string(2, "8"))
                .message(13, new ProtoBytes().string(1, "length").string(2, "16"))
                .varint(14, 1);
        Path model = dir.resolve("model.onnx");
        Files.write(model, ProtoBytes.tinyMatMulModel("w", "mm", tensor));
        assertThat(OnnxModelFile.read(model).floats("w")).containsExactly(9, 8, 7, 6);
    }

    @Test
    void refusesExternalDataOutsideTheModelFolder() throws Exception {
        ProtoBytes tensor = new ProtoBytes().varint(1, 1).varint(2, OnnxInitializer.FLOAT).string(8, "w")
                .message(13, new ProtoBytes().string(1, "location").string(2, "../secret.bin")).varint(14, 1);
        Path model = dir.resolve("model.onnx");
        Files.write(model, ProtoBytes.tinyMatMulModel("w", "mm", tensor));
        OnnxModelFile file = OnnxModelFile.read(model);
        assertThatThrownBy(() -> file.floats("w")).hasMessageContaining("outside the model's folder");
    }

    @Test
    void readsTheBundledBgeGraph() {
        OnnxModelFile model = BundledBge.model();
        assertThat(model.inputs()).containsExactly("input_ids", "attention_mask", "token_type_ids");
        assertThat(model.outputs()).containsExactly("last_hidden_state");
        assertThat(model.initializers()).hasSize(197);
        assertThat(model.initializer("embeddings.word_embeddings.weight").dims()).containsExactly(30522, 384);
        assertThat(model.nodes()).anySatisfy(n -> assertThat(n.name()).isEqualTo("/encoder/layer.3/attention/self/query/MatMul"));
    }
}
