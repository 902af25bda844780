package org.routerdc.workbench.finetune;

import org.routerdc.workbench.files.Tensor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class OnnxBertImporterTest {
    @Test
    void infersTheBgeSmallConfigFromTheGraph() {
        OnnxBertImporter.Imported imported = OnnxBertImporter.importModel(BundledBge.model());
        assertThat(imported.config()).isEqualTo(BertTestConfigs.BGE_SMALL);
        assertThat(imported.weights().tensors()).hasSize(5 + 12 * 16);
        assertThat(imported.sources()).hasSize(197);
    }

    @Test
    void mapsAnonymousMatMulOperandsByTheirLayerAndTransposesThem() {
        OnnxModelFile model = BundledBge.model();
        OnnxBertImporter.Imported imported = OnnxBertImporter.importModel(model, BertTestConfigs.BGE_SMALL);
        String hf = "encoder.layer.3.intermediate.dense.weight";
        OnnxWeightSource source = imported.sources().get(hf);
        assertThat(source.transposed()).isTrue();
        // the initializer really is the operand of that layer's MatMul node
        assertThat(model.nodes()).anySatisfy(n -> {
            assertThat(n.name()).isEqualTo("/encoder/layer.3/intermediate/dense/MatMul");
            assertThat(n.inputs()).contains(source.initializer());
        });
        float[] onnx = model.floats(source.initializer()); // [in=384, out=1536]
        Tensor torch = imported.weights().get(hf); // [out=1536, in=384]
        assertThat(torch.shape()).containsExactly(1536, 384);
        int in = 17, out = 1000;
        assertThat(torch.values()[out * 384 + in]).isEqualTo(onnx[in * 1536 + out]);
        assertThat(imported.sources().get("encoder.layer.3.intermediate.dense.bias").transposed()).isFalse();
    }

    @Test
    void rejectsAConfigThatDoesNotFit() {
        BertConfig wrong = new BertConfig(30522, 384, 13, 12, 1536, 512, 2, 1e-12, "gelu");
        assertThatThrownBy(() -> OnnxBertImporter.importModel(BundledBge.model(), wrong))
                .hasMessageContaining("missing encoder.layer.12.attention.self.query.weight [384, 384]");
    }

    @Test
    void fallsBackToTheMatMulScopeNameWhenNoBiasFollows() throws Exception {
        OnnxModelFile model = OnnxModelFile.read(new ByteArrayInputStream(ProtoBytes.tinyMatMulModel(
                "onnx::MatMul_9", "/encoder/layer.4/attention/self/query/MatMul", new float[] {1, 2, 3, 4})));
        OnnxBertNameMapper.Mapping mapping = OnnxBertNameMapper.map(model);
        assertThat(mapping.problems()).isEmpty();
        assertThat(mapping.sources()).containsExactly(java.util.Map.entry(
                "encoder.layer.4.attention.self.query.weight", new OnnxWeightSource("onnx::MatMul_9", true)));
    }

    @Test
    void reportsInitializersItCannotName() throws Exception {
        OnnxModelFile model = OnnxModelFile.read(new ByteArrayInputStream(
                ProtoBytes.tinyMatMulModel("onnx::MatMul_9", "/pooler/dense/MatMul", new float[] {1, 2, 3, 4})));
        assertThatThrownBy(() -> OnnxBertImporter.importModel(model, BertTestConfigs.BGE_SMALL))
                .hasMessageContaining("unmapped initializer onnx::MatMul_9 [2, 2] used by [/pooler/dense/MatMul]");
    }
}
