package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxModelFileTest {
    @TempDir Path dir;

    @Test
    void decodesVarintsAndTagsFromKnownBytes() {
        // 0x08 = field 1 varint; 0x96 0x01 = 150 (the protobuf documentation's example)
        ProtoCursor cursor = new ProtoCursor(new byte[] {0x08, (byte) 0x96, 0x01}, 0, 3);
        int tag = cursor.nextTag();
        assertThat(ProtoCursor.field(tag)).isEqualTo(1);
        assertThat(cursor.readVarint()).isEqualTo(150);
        assertThat(cursor.hasNext()).isFalse();
        assertThat(OnnxModelRewriter.varintSize(150)).isEqualTo(2);
    }

    @Test
    void rejectsLengthsThatRunPastTheMessage() {
        byte[] bad = {0x0a, 0x05, 0x01};
        ProtoCursor cursor = new ProtoCursor(bad, 0, bad.length);
        cursor.nextTag();
        assertThatThrownBy(cursor::readSpan).hasMessageContaining("runs past");
    }

    @Test
    void namesTheFileAndOffsetOfATruncatedModel() throws Exception {
        byte[] model = ProtoBytes.tinyMatMulModel("w", "mm", new float[] {1, 2, 3, 4});
        Path cut = dir.resolve("cut.onnx");
        Files.write(cut, Arrays.copyOf(model, model.length - 30));
        assertThatThrownBy(() -> OnnxModelFile.read(cut)).hasMessageContaining("cut.onnx: malformed protobuf at byte");
    }

    @Test
    void readsAndRewritesAHandBuiltModel() throws Exception {
        byte[] model = ProtoBytes.tinyMatMulModel("w", "mm", new float[] {1, 2, 3, 4});
        OnnxModelFile file = OnnxModelFile.read(new ByteArrayInputStream(model));
        assertThat(file.irVersion()).isEqualTo(7);
        assertThat(file.inputs()).containsExactly("x");
        assertThat(file.outputs()).containsExactly("y");
        assertThat(file.nodes()).singleElement().satisfies(n -> {
            assertThat(n.opType()).isEqualTo("MatMul");
            assertThat(n.inputs()).containsExactly("x", "w");
        });
        assertThat(file.initializer("w").dims()).containsExactly(2, 2);
        assertThat(file.floats("w")).containsExactly(1, 2, 3, 4);

        Path out = dir.resolve("tiny.onnx");
        OnnxModelRewriter.write(file, Map.of("w", littleEndian(new float[] {5, 6, 7, 8})), out);
        OnnxModelFile back = OnnxModelFile.read(out);
        assertThat(back.floats("w")).containsExactly(5, 6, 7, 8);
        // same lengths, so only the data bytes may differ
        assertThat(Files.readAllBytes(out)).isEqualTo(ProtoBytes.tinyMatMulModel("w", "mm", new float[] {5, 6, 7, 8}));
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

    @Test
    void rewritingTheBundledModelChangesOnlyTheReplacedTensor() throws Exception {
        OnnxModelFile model = BundledBge.model();
        Path same = dir.resolve("same.onnx");
        OnnxModelRewriter.write(model, Map.of(), same);
        assertThat(Arrays.equals(Files.readAllBytes(same), model.bytes())).isTrue();
        Files.delete(same);

        String bias = "encoder.layer.5.output.dense.bias";
        float[] changed = model.floats(bias).clone();
        changed[7] += 1f;
        Path out = dir.resolve("changed.onnx");
        OnnxModelRewriter.write(model, Map.of(bias, littleEndian(changed)), out);
        OnnxModelFile back = OnnxModelFile.read(out);
        assertThat(back.floats(bias)).containsExactly(changed);
        assertThat(back.nodes()).extracting(OnnxNode::name)
                .containsExactlyElementsOf(model.nodes().stream().map(OnnxNode::name).toList());
        for (String name : model.initializers().keySet()) {
            if (!name.equals(bias)) {
                assertThat(Arrays.equals(back.floats(name), model.floats(name))).as(name).isTrue();
            }
        }
    }

    static byte[] littleEndian(float[] values) {
        return ProtoBytes.littleEndian(values);
    }

}
