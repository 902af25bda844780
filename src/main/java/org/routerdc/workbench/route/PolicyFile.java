package org.routerdc.workbench.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.eval.ClusterRouter;
import org.routerdc.workbench.eval.ClusterTable;
import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.files.Tensor;
import org.routerdc.workbench.policy.IsotonicCalibration;
import org.routerdc.workbench.policy.LinearProbe;
import org.routerdc.workbench.policy.RoutingPolicy;

/**
 * A {@link RoutingPolicy} in a bundle: its settings under {@code training.routing} in router.json, its arrays in
 * {@code policy.safetensors} ({@code output.scores}/{@code output.expected} when the mix is recalibrated; per LLM t: {@code calibration.t.scores} and {@code calibration.t.expected}; per cluster
 * table i of the baseline: {@code cluster.i.centroids} [k, d] and {@code cluster.i.expected} [k, LLMs]; of the
 * router's prior: {@code prior.i.centroids} and {@code prior.i.expected}; the linear probe's {@code probe.weights}
 * [LLMs, d + 1] when it has weight). A bundle written before the prior existed
 * mixes its head with the baseline's tables.
 */
final class PolicyFile {
    static final String FILE = "policy.safetensors";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyFile() {
    }

    static ObjectNode settings(RoutingPolicy policy) {
        ObjectNode node = JSON.createObjectNode();
        node.put("decidedBy", policy.headDecides() ? "head" : "expected");
        node.put("headWeight", policy.alpha());
        node.put("probeWeight", policy.probeWeight());
        node.put("clusters", policy.cluster() == null ? 0 : policy.cluster().clusters());
        node.put("clusterMix", policy.cluster() == null ? 0 : policy.cluster().mix());
        node.put("clusterTables", policy.cluster() == null ? 0 : policy.cluster().tables().size());
        node.put("priorTables", policy.prior() == null ? 0 : policy.prior().tables().size());
        var scales = node.putArray("priorClusters");
        if (policy.prior() != null) {
            policy.prior().tables().stream().mapToInt(ClusterTable::clusters).distinct().forEach(scales::add);
        }
        return node;
    }

    static void write(Path file, RoutingPolicy policy) throws IOException {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (int t = 0; t < policy.calibration().size(); t++) {
            IsotonicCalibration c = policy.calibration().get(t);
            tensors.put("calibration." + t + ".scores", Tensor.vector(toFloat(c.knotScores())));
            tensors.put("calibration." + t + ".expected", Tensor.vector(toFloat(c.knotExpected())));
        }
        if (policy.output() != null) {
            tensors.put("output.scores", Tensor.vector(toFloat(policy.output().knotScores())));
            tensors.put("output.expected", Tensor.vector(toFloat(policy.output().knotExpected())));
        }
        if (policy.probeWeight() > 0) {
            tensors.put("probe.weights", Tensor.matrix(policy.probe().weights()));
        }
        putTables(tensors, "cluster", policy.cluster());
        putTables(tensors, "prior", policy.prior());
        Safetensors.write(file, tensors, Map.of("format", "routerdc-policy"));
    }

    /** @return null for a bundle written before policies existed (it routes by the head alone) */
    static RoutingPolicy read(Path folder, JsonNode settings, int llms) throws IOException {
        if (settings == null || settings.isMissingNode() || settings.isNull()) {
            return null;
        }
        Map<String, Tensor> tensors = Safetensors.read(folder.resolve(FILE));
        List<IsotonicCalibration> calibration = new ArrayList<>();
        for (int t = 0; t < llms; t++) {
            calibration.add(new IsotonicCalibration(toDouble(require(tensors, "calibration." + t + ".scores").values()),
                    toDouble(require(tensors, "calibration." + t + ".expected").values())));
        }
        ClusterRouter cluster = tables(tensors, "cluster", settings.path("clusterTables").asInt(0),
                settings.path("clusterMix").asInt(1));
        ClusterRouter prior = settings.has("priorTables")
                ? tables(tensors, "prior", settings.path("priorTables").asInt(0), 1) : cluster;
        IsotonicCalibration output = tensors.containsKey("output.scores")
                ? new IsotonicCalibration(toDouble(tensors.get("output.scores").values()),
                toDouble(require(tensors, "output.expected").values())) : null;
        double probeWeight = settings.path("probeWeight").asDouble(0);
        LinearProbe probe = probeWeight > 0 ? probe(require(tensors, "probe.weights").toMatrix(), llms) : null;
        return new RoutingPolicy(settings.path("headWeight").asDouble(1), calibration, cluster, prior, probe,
                probe == null ? 0 : probeWeight, output,
                "head".equals(settings.path("decidedBy").asText()));
    }

    private static LinearProbe probe(float[][] weights, int llms) throws IOException {
        if (weights.length != llms || weights[0].length < 2) {
            throw new IOException(FILE + ": tensor 'probe.weights' is " + weights.length + " x "
                    + (weights.length == 0 ? 0 : weights[0].length) + ", expected " + llms + " LLMs x (dimension + 1)");
        }
        return new LinearProbe(weights);
    }

    private static void putTables(Map<String, Tensor> tensors, String prefix, ClusterRouter router) {
        if (router == null) {
            return;
        }
        List<ClusterTable> tables = router.tables();
        for (int i = 0; i < tables.size(); i++) {
            tensors.put(prefix + "." + i + ".centroids", Tensor.matrix(tables.get(i).centroids()));
            float[][] expected = new float[tables.get(i).clusters()][];
            for (int c = 0; c < expected.length; c++) {
                expected[c] = toFloat(tables.get(i).expected()[c]);
            }
            tensors.put(prefix + "." + i + ".expected", Tensor.matrix(expected));
        }
    }

    /** @return null when the bundle holds no such tables */
    private static ClusterRouter tables(Map<String, Tensor> tensors, String prefix, int count, int mix) throws IOException {
        if (count <= 0) {
            return null;
        }
        List<ClusterTable> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[][] expected = require(tensors, prefix + "." + i + ".expected").toMatrix();
            double[][] rows = new double[expected.length][];
            for (int c = 0; c < rows.length; c++) {
                rows[c] = toDouble(expected[c]);
            }
            list.add(new ClusterTable(require(tensors, prefix + "." + i + ".centroids").toMatrix(), rows));
        }
        return new ClusterRouter(list, mix);
    }

    private static Tensor require(Map<String, Tensor> tensors, String name) throws IOException {
        Tensor tensor = tensors.get(name);
        if (tensor == null) {
            throw new IOException(FILE + " has no tensor '" + name + "'");
        }
        return tensor;
    }

    private static float[] toFloat(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
