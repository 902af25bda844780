package org.routerdc.workbench.route;

import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.files.Tensor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.policy.RoutingPolicy;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.TrainedRouter;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingMetrics;

/** Saves a {@link TrainedRouter} as a router bundle and reads it back. */
public final class RouterBundles {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Key under router.json's training object for the routing policy's settings. */
    private static final String ROUTING = "routing";

    private RouterBundles() {
    }

    /**
     * @param extraMetrics evaluation results to record beside the selection metrics (may be null)
     * @param dataFiles    the training files, recorded for the user's reference
     */
    public static void save(Path folder, TrainedRouter router, EncoderRef encoder, TrainingIndex index,
                            JsonNode extraMetrics, List<String> dataFiles) throws IOException {
        save(folder, router, encoder, index, extraMetrics, dataFiles, null, Map.of(), null, null);
    }

    /**
     * @param fineTune   encoder fine-tuning settings to record under training.fineTune (null for a frozen encoder)
     * @param extraFiles more files to store and hash, by relative name (e.g. encoder/model.onnx); a writer creates
     *                   its file's parent folder
     * @param policy     how the router turns head scores into choices (null: by the head's scores alone)
     * @param crossValidation the out-of-fold figures that chose the policy, recorded under metrics (may be null)
     */
    public static void save(Path folder, TrainedRouter router, EncoderRef encoder, TrainingIndex index,
                            JsonNode extraMetrics, List<String> dataFiles, JsonNode fineTune,
                            Map<String, RouterBundle.FileWriter> extraFiles, RoutingPolicy policy,
                            JsonNode crossValidation) throws IOException {
        RouterWeights w = router.weights();
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("type", "residual-mlp");
        head.put("formula", "h = x + W2 gelu(W1 x + b1) + b2; score = cos(h, k_t) / tau");
        head.put("inputDim", w.dimension());
        head.put("hiddenDim", w.hidden());
        head.put("activation", "gelu-erf");
        ObjectNode training = JSON.valueToTree(router.config());
        training.set("dataFiles", JSON.valueToTree(dataFiles));
        if (fineTune != null) {
            training.set("fineTune", fineTune);
        }
        if (policy != null) {
            training.set(ROUTING, PolicyFile.settings(policy));
        }
        ObjectNode metrics = JSON.createObjectNode();
        metrics.set("selection", JSON.valueToTree(router.metrics()));
        if (extraMetrics != null) {
            metrics.set("evaluation", extraMetrics);
        }
        if (crossValidation != null) {
            metrics.set("crossValidation", crossValidation);
        }
        String name = folder.getFileName().toString().replaceFirst("\\.router$", "");
        BundleManifest manifest = new BundleManifest(RouterBundle.FORMAT_VERSION, name, encoder, router.llms(), head,
                router.tau(), training, metrics, Instant.now().toString(), Map.of(), meanCosts(router.llms(), index));

        Map<String, RouterBundle.FileWriter> files = new LinkedHashMap<>();
        files.put(RouterBundle.WEIGHTS, file -> Safetensors.write(file, weightTensors(w), Map.of("format", "routerdc")));
        if (index != null) {
            Map<String, Tensor> indexTensors = new LinkedHashMap<>();
            indexTensors.put("embeddings", Tensor.matrix(index.embeddings()));
            indexTensors.put("scores", Tensor.matrix(toFloat(index.scores())));
            if (index.costs() != null) {
                indexTensors.put("costs", Tensor.matrix(toFloat(index.costs())));
            }
            files.put(RouterBundle.TRAINING_INDEX, file -> Safetensors.write(file, indexTensors, Map.of()));
            files.put(RouterBundle.TRAINING_QUERIES, file -> writeQueries(file, index));
        }
        if (policy != null) {
            files.put(PolicyFile.FILE, file -> PolicyFile.write(file, policy));
        }
        files.putAll(extraFiles);
        RouterBundle.write(folder, manifest, files);
    }

    /**
     * The out-of-fold figures recorded by a cross-validated training (router.json {@code metrics.crossValidation}),
     * or null when the router was trained another way or its manifest cannot be read.
     */
    public static org.routerdc.workbench.policy.CrossValidationReport crossValidation(Path folder) {
        try {
            JsonNode node = JSON.readTree(folder.resolve(RouterBundle.MANIFEST).toFile()).at("/metrics/crossValidation");
            return node.isObject() ? JSON.treeToValue(node, org.routerdc.workbench.policy.CrossValidationReport.class) : null;
        } catch (IOException e) {
            return null;
        }
    }

    public static LoadedRouter load(Path folder) throws BundleException {
        BundleManifest manifest = RouterBundle.readManifest(folder);
        try {
            Map<String, Tensor> tensors = Safetensors.read(folder.resolve(RouterBundle.WEIGHTS));
            RouterWeights weights = new RouterWeights(matrix(tensors, "head.w1"), vector(tensors, "head.b1"),
                    matrix(tensors, "head.w2"), vector(tensors, "head.b2"), matrix(tensors, "llm_vectors"));
            TrainingConfig config = JSON.treeToValue(stripDataFiles(manifest.training()), TrainingConfig.class);
            TrainingMetrics metrics = JSON.treeToValue(manifest.metrics().path("selection"), TrainingMetrics.class);
            TrainedRouter router = new TrainedRouter(manifest.llms(), weights, manifest.tau(), config, metrics);
            TrainingIndex index = manifest.files().containsKey(RouterBundle.TRAINING_INDEX) ? readIndex(folder) : null;
            RoutingPolicy policy = PolicyFile.read(folder, manifest.training().get(ROUTING), manifest.llms().size());
            return new LoadedRouter(folder, manifest, router, index, policy);
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleException(folder + ": cannot read the router: " + e.getMessage(), e);
        }
    }

    /** LLM -> mean training cost per query, or null when the index has no costs (or an LLM has none). */
    private static Map<String, Double> meanCosts(List<String> llms, TrainingIndex index) {
        double[] means = index == null ? null : index.meanCosts();
        if (means == null || java.util.Arrays.stream(means).anyMatch(Double::isNaN)) {
            return null;
        }
        Map<String, Double> byLlm = new LinkedHashMap<>();
        for (int t = 0; t < llms.size(); t++) {
            byLlm.put(llms.get(t), means[t]);
        }
        return byLlm;
    }

    private static JsonNode stripDataFiles(JsonNode training) {
        ObjectNode copy = training.deepCopy();
        copy.remove("dataFiles");
        copy.remove("fineTune");
        copy.remove(ROUTING);
        return copy;
    }

    private static Map<String, Tensor> weightTensors(RouterWeights w) {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("head.w1", Tensor.matrix(w.w1()));
        tensors.put("head.b1", Tensor.vector(w.b1()));
        tensors.put("head.w2", Tensor.matrix(w.w2()));
        tensors.put("head.b2", Tensor.vector(w.b2()));
        tensors.put("llm_vectors", Tensor.matrix(w.llmVectors()));
        return tensors;
    }

    private static float[][] matrix(Map<String, Tensor> tensors, String name) throws IOException {
        return require(tensors, name).toMatrix();
    }

    private static float[] vector(Map<String, Tensor> tensors, String name) throws IOException {
        return require(tensors, name).values();
    }

    private static Tensor require(Map<String, Tensor> tensors, String name) throws IOException {
        Tensor tensor = tensors.get(name);
        if (tensor == null) {
            throw new IOException(RouterBundle.WEIGHTS + " has no tensor '" + name + "'");
        }
        return tensor;
    }

    private static float[][] toFloat(double[][] values) {
        float[][] result = new float[values.length][];
        for (int r = 0; r < values.length; r++) {
            result[r] = new float[values[r].length];
            for (int c = 0; c < values[r].length; c++) {
                result[r][c] = (float) values[r][c];
            }
        }
        return result;
    }

    private static void writeQueries(Path file, TrainingIndex index) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < index.size(); i++) {
                ObjectNode row = JSON.createObjectNode().put("dataset", index.datasets().get(i)).put("question", index.texts().get(i));
                out.write(JSON.writeValueAsString(row));
                out.newLine();
            }
        }
    }

    private static TrainingIndex readIndex(Path folder) throws IOException {
        Map<String, Tensor> tensors = Safetensors.read(folder.resolve(RouterBundle.TRAINING_INDEX));
        float[][] embeddings = require(tensors, "embeddings").toMatrix();
        double[][] scores = toDouble(require(tensors, "scores").toMatrix());
        double[][] costs = tensors.containsKey("costs") ? toDouble(tensors.get("costs").toMatrix()) : null;
        List<String> texts = new ArrayList<>();
        List<String> datasets = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(RouterBundle.TRAINING_QUERIES))) {
            JsonNode row = JSON.readTree(line);
            texts.add(row.path("question").asText());
            datasets.add(row.path("dataset").asText());
        }
        return new TrainingIndex(embeddings, scores, texts, datasets, costs);
    }

    private static double[][] toDouble(float[][] values) {
        double[][] result = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            result[r] = new double[values[r].length];
            for (int c = 0; c < values[r].length; c++) {
                result[r][c] = values[r][c];
            }
        }
        return result;
    }
}
