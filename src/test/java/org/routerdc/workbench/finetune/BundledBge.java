package org.routerdc.workbench.finetune;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The bundled bge-small model and tokenizer, loaded once per test JVM (the model is 133 MB). */
final class BundledBge {
    static final String MODEL = "/bge-small-en-v1.5.onnx", TOKENIZER = "/bge-small-en-v1.5-tokenizer.json";
    private static OnnxModelFile model;
    private static Path tokenizer;

    private BundledBge() {}

    static synchronized OnnxModelFile model() {
        if (model == null) {
            try (InputStream in = BundledBge.class.getResourceAsStream(MODEL)) {
                model = OnnxModelFile.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    /** The model file's bytes, for an ONNX Runtime session of the original graph. */
    static byte[] modelBytes() {
        try (InputStream in = BundledBge.class.getResourceAsStream(MODEL)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DJL's tokenizer needs a file path, so the resource is copied to a temp file once. */
    static synchronized Path tokenizerJson() {
        if (tokenizer == null) {
            try (InputStream in = BundledBge.class.getResourceAsStream(TOKENIZER)) {
                tokenizer = Files.createTempFile("bge-tokenizer", ".json");
                tokenizer.toFile().deleteOnExit();
                Files.copy(in, tokenizer, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokenizer;
    }
}
