package org.routerdc.workbench.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of an ONNX text encoder: a Hugging Face export folder holds {@code model.onnx} (or {@code onnx/model.onnx})
 * and {@code tokenizer.json}; a sentence-transformers {@code 1_Pooling/config.json} tells the pooling. A fine-tuned
 * encoder adds {@code initializers.safetensors} beside the model: graph initializers, by name, that ONNX Runtime
 * loads in place of the model's own.
 *
 * @param id             a display name (the folder name for user folders)
 * @param model          the .onnx file
 * @param tokenizer      the tokenizer.json file
 * @param defaultPooling pooling the model was trained with (MEAN when the folder does not say)
 * @param initializers   the initializer overrides, or null when the model runs with its own weights
 */
public record ModelFolder(String id, Path model, Path tokenizer, Pooling defaultPooling, Path initializers) {
    public static final String INITIALIZERS = "initializers.safetensors";

    public ModelFolder(String id, Path model, Path tokenizer, Pooling defaultPooling) {
        this(id, model, tokenizer, defaultPooling, null);
    }

    /** Finds the model files in {@code folder}; IOException naming the folder and the missing file otherwise. */
    public static ModelFolder of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("model folder not found: " + folder);
        }
        Path model = firstExisting(folder, List.of("model.onnx", "onnx/model.onnx"));
        if (model == null) {
            throw new IOException("model folder " + folder + " has no model.onnx (looked for model.onnx and onnx/model.onnx)");
        }
        Path tokenizer = firstExisting(folder, List.of("tokenizer.json", "onnx/tokenizer.json"));
        if (tokenizer == null) {
            throw new IOException("model folder " + folder + " has no tokenizer.json");
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        Path initializers = model.resolveSibling(INITIALIZERS);
        return new ModelFolder(name == null ? folder.toString() : name.toString(), model, tokenizer, poolingOf(folder),
                Files.isRegularFile(initializers) ? initializers : null);
    }

    private static Path firstExisting(Path folder, List<String> candidates) {
        return candidates.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** sentence-transformers' pooling config if present; otherwise MEAN, the sentence-transformers default. */
    static Pooling poolingOf(Path folder) throws IOException {
        Path config = folder.resolve("1_Pooling").resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return Pooling.MEAN;
        }
        JsonNode json = new ObjectMapper().readTree(config.toFile());
        if (json.path("pooling_mode_cls_token").asBoolean(false)) {
            return Pooling.CLS;
        }
        if (json.path("pooling_mode_mean_tokens").asBoolean(false)) {
            return Pooling.MEAN;
        }
        throw new IllegalArgumentException(config + ": only CLS or mean-tokens pooling is supported");
    }
}
