package org.routerdc.workbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.routerdc.workbench.encode.DevicePreference;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.encode.EncoderOptions;
import org.routerdc.workbench.encode.OnnxTextEncoder;
import org.routerdc.workbench.encode.Pooling;
import org.routerdc.workbench.encode.TextEncoder;
import picocli.CommandLine.Option;

/** Options choosing the encoder and the embedding cache, shared by the commands that encode. */
final class EncoderArguments {
    @Option(names = "--encoder", paramLabel = "DIR",
            description = "ONNX encoder folder (model.onnx + tokenizer.json); default: the bundled bge-small-en-v1.5")
    Path folder;

    @Option(names = "--pooling", paramLabel = "cls|mean", description = "pooling; default: the model's own")
    String pooling;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "512",
            description = "max tokens per query; longer ones keep their end (default: ${DEFAULT-VALUE})")
    int maxLength;

    @Option(names = "--cache", paramLabel = "DIR", description = "embedding cache folder (default: the user cache folder)")
    Path cache;

    TextEncoder open(DevicePreference device) throws IOException {
        EncoderOptions options = EncoderOptions.defaults().withMaxLength(maxLength).withDevice(device);
        if (pooling != null) {
            options = options.withPooling(Pooling.valueOf(pooling.toUpperCase(Locale.ROOT)));
        }
        return folder == null ? OnnxTextEncoder.bundled(options) : OnnxTextEncoder.fromFolder(folder, options);
    }

    EmbeddingCache cache() {
        return cacheAt(cache);
    }

    /** The cache in {@code folder}, or the user's default cache when it is null. */
    static EmbeddingCache cacheAt(Path folder) {
        return folder == null ? EmbeddingCache.atDefaultLocation() : new EmbeddingCache(folder);
    }

    static DevicePreference device(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "auto" -> DevicePreference.AUTO;
            case "cpu" -> DevicePreference.CPU;
            case "gpu" -> DevicePreference.GPU;
            default -> throw new UserError("--device must be auto, cpu or gpu, not '" + value + "'");
        };
    }
}
