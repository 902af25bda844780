package org.routerdc.workbench.route;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The content of router.json.
 *
 * @param formatVersion  bundle format version, see {@link RouterBundle#FORMAT_VERSION}
 * @param head           head architecture: type, inputDim, hiddenDim, activation
 * @param training       the training configuration, as the trainer wrote it
 * @param metrics        final metrics (per-dataset accuracies and their average), free-form
 * @param files          file name -> SHA-256 of every other file in the bundle
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BundleManifest(int formatVersion, String name, EncoderRef encoder, List<String> llms, Map<String, Object> head,
                             double tau, JsonNode training, JsonNode metrics, String createdAt, Map<String, String> files) {
    public BundleManifest {
        llms = List.copyOf(llms);
        files = Map.copyOf(files);
    }

    public BundleManifest withFiles(Map<String, String> newFiles) {
        return new BundleManifest(formatVersion, name, encoder, llms, head, tau, training, metrics, createdAt, newFiles);
    }
}
