package org.routerdc.workbench.encode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user model folder assembled from the bundled bge files (linked, not copied: 133 MB). */
class ModelFolderTest {
    @TempDir
    Path tmp;

    private Path assemble(String modelPath) throws IOException {
        ModelFolder bundled = BundledModel.extract();
        Path folder = tmp.resolve("my-bge");
        Files.createDirectories(folder.resolve(modelPath).getParent());
        Files.createSymbolicLink(folder.resolve(modelPath), bundled.model().toAbsolutePath());
        Files.createSymbolicLink(folder.resolve("tokenizer.json"), bundled.tokenizer().toAbsolutePath());
        return folder;
    }

    @Test
    void encodesLikeTheBundledModelWhenThePoolingConfigSaysCls() throws IOException {
        Path folder = assemble("onnx/model.onnx");
        Files.createDirectories(folder.resolve("1_Pooling"));
        Files.writeString(folder.resolve("1_Pooling/config.json"),
                "{\"word_embedding_dimension\": 384, \"pooling_mode_cls_token\": true, \"pooling_mode_mean_tokens\": false}");
        String text = "Which element has the chemical symbol Fe?";
        try (OnnxTextEncoder mine = OnnxTextEncoder.fromFolder(folder, EncoderOptions.defaults());
             OnnxTextEncoder bundled = OnnxTextEncoder.bundled(EncoderOptions.defaults())) {
            assertThat(mine.info().id()).isEqualTo("my-bge");
            assertThat(mine.info().pooling()).isEqualTo(Pooling.CLS);
            assertThat(mine.info().sha256()).isEqualTo(bundled.info().sha256());
            assertThat(OnnxTextEncoderTest.maxAbsDiff(mine.encode(text), bundled.encode(text))).isLessThan(1e-6);
        }
    }

    @Test
    void defaultsToMeanPoolingWithoutAPoolingConfig() throws IOException {
        assertThat(ModelFolder.of(assemble("model.onnx")).defaultPooling()).isEqualTo(Pooling.MEAN);
    }

    @Test
    void namesTheFolderAndTheMissingFile() throws IOException {
        Path folder = assemble("model.onnx");
        Files.delete(folder.resolve("tokenizer.json"));
        assertThatThrownBy(() -> OnnxTextEncoder.fromFolder(folder, EncoderOptions.defaults()))
                .isInstanceOf(IOException.class).hasMessageContaining(folder.toString()).hasMessageContaining("tokenizer.json");
        Files.delete(folder.resolve("model.onnx"));
        assertThatThrownBy(() -> OnnxTextEncoder.fromFolder(folder, EncoderOptions.defaults()))
                .isInstanceOf(IOException.class).hasMessageContaining(folder.toString()).hasMessageContaining("model.onnx");
        assertThatThrownBy(() -> OnnxTextEncoder.fromFolder(tmp.resolve("absent"), EncoderOptions.defaults()))
                .isInstanceOf(IOException.class).hasMessageContaining("absent");
    }
}
