package org.routerdc.workbench.finetune;

import org.routerdc.workbench.files.Safetensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes weights as a Hugging Face BERT folder that {@link SafetensorsBertImporter} (and transformers) can load. */
public final class BertFolderWriter {
    private BertFolderWriter() {}

    public static void write(BertWeights weights, Path tokenizerJson, Path folder) throws IOException {
        Files.createDirectories(folder);
        weights.config().write(folder.resolve("config.json"));
        Safetensors.write(folder.resolve("model.safetensors"), weights.tensors());
        Files.copy(tokenizerJson, folder.resolve("tokenizer.json"), StandardCopyOption.REPLACE_EXISTING);
    }
}
