package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BertConfigTest {
    @TempDir Path dir;

    @Test
    void readsAHuggingFaceConfigAndWritesItBack() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, """
                {"architectures":["BertModel"],"hidden_act":"gelu","hidden_size":384,"intermediate_size":1536,
                 "layer_norm_eps":1e-12,"max_position_embeddings":512,"model_type":"bert","num_attention_heads":12,
                 "num_hidden_layers":12,"type_vocab_size":2,"vocab_size":30522,"pad_token_id":0,
                 "hidden_dropout_prob":0.1,"attention_probs_dropout_prob":0.1}""");
        BertConfig config = BertConfig.read(file);
        assertThat(config).isEqualTo(BertTestConfigs.BGE_SMALL);
        assertThat(config.headSize()).isEqualTo(32);
        BertConfig noDropout = config.withDropout(0, 0.05);
        noDropout.write(file);
        assertThat(BertConfig.read(file)).isEqualTo(noDropout);
    }

    @Test
    void namesTheMissingField() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"hidden_size\":384}");
        assertThatThrownBy(() -> BertConfig.read(file)).hasMessageContaining("config.json").hasMessageContaining("'vocab_size'");
    }

    @Test
    void rejectsShapesAndActivationsItCannotRun() {
        assertThatThrownBy(() -> new BertConfig(10, 10, 1, 3, 8, 6, 2, 1e-12, "gelu")).hasMessageContaining("divisible");
        assertThatThrownBy(() -> new BertConfig(10, 12, 1, 3, 8, 6, 2, 1e-12, "gelu_new")).hasMessageContaining("gelu_new");
    }

    @Test
    void listsEveryParameterOnceWithTorchShapes() {
        var shapes = BertParameters.shapes(BertTestConfigs.BGE_SMALL);
        assertThat(shapes).hasSize(197);
        assertThat(shapes.get("encoder.layer.11.output.dense.weight")).containsExactly(384, 1536);
        long total = shapes.values().stream().mapToLong(s -> s.length == 1 ? s[0] : s[0] * s[1]).sum();
        long pooler = 384 * 384 + 384;
        assertThat(total + pooler).isEqualTo(33_360_000L); // bge-small's published 33.36 M parameters include the pooler
    }
}
