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
 * @param meanTrainingCosts each LLM's mean cost per query on the training rows, or null when they had no costs
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BundleManifest(int formatVersion, String name, EncoderRef encoder, List<String> llms, Map<String, Object> head,
                             double tau, JsonNode training, JsonNode metrics, String createdAt, Map<String, String> files,
                             Map<String, Double> meanTrainingCosts) {
    public BundleManifest {
        llms = List.copyOf(llms);
        files = Map.copyOf(files);
        meanTrainingCosts = meanTrainingCosts == null ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meanTrainingCosts));
    }

    public BundleManifest(int formatVersion, String name, EncoderRef encoder, List<String> llms, Map<String, Object> head,
                          double tau, JsonNode training, JsonNode metrics, String createdAt, Map<String, String> files) {
        this(formatVersion, name, encoder, llms, head, tau, training, metrics, createdAt, files, null);
    }

    public BundleManifest withFiles(Map<String, String> newFiles) {
        return new BundleManifest(formatVersion, name, encoder, llms, head, tau, training, metrics, createdAt, newFiles,
                meanTrainingCosts);
    }
}
