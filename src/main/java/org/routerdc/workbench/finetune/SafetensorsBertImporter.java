package org.routerdc.workbench.finetune;

import org.routerdc.workbench.files.Tensor;
import org.routerdc.workbench.files.Safetensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Imports a Hugging Face BERT folder: config.json, model.safetensors and tokenizer.json. */
public final class SafetensorsBertImporter {
    private SafetensorsBertImporter() {}

    public record Checkpoint(BertWeights weights, Path tokenizerJson) {}

    public static Checkpoint importFolder(Path folder) throws IOException {
        Path tokenizer = existing(folder, "tokenizer.json");
        BertConfig config = BertConfig.read(existing(folder, "config.json"));
        Path model = existing(folder, "model.safetensors");
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : Safetensors.read(model).entrySet()) {
            String name = e.getKey().startsWith("bert.") ? e.getKey().substring("bert.".length()) : e.getKey();
            // the pooler and the position_ids buffer are not part of the encoder that CLS pooling uses
            if (!name.startsWith("pooler.") && !name.equals("embeddings.position_ids")) {
                tensors.put(name, e.getValue());
            }
        }
        var problems = BertWeights.problems(config, tensors);
        if (!problems.isEmpty()) {
            throw new IOException(model + ": does not match config.json:\n  " + String.join("\n  ", problems));
        }
        return new Checkpoint(new BertWeights(config, tensors), tokenizer);
    }

    private static Path existing(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": missing (a Hugging Face BERT folder needs config.json, model.safetensors, tokenizer.json)");
        }
        return file;
    }
}
