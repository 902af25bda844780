package org.routerdc.workbench.cli;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.routerdc.workbench.encode.BundledModel;
import org.routerdc.workbench.encode.ModelFolder;
import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.files.Sha256;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.encode.DevicePreference;
import org.routerdc.workbench.finetune.BertWeights;
import org.routerdc.workbench.finetune.OnnxBertImporter;
import org.routerdc.workbench.finetune.OnnxModelFile;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.route.RouterBundle;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingEvents;

/** `train --finetune top-2` end to end on sample-data/: real DJL training, ONNX write-back, real ORT routing. */
class FineTuneCommandLineTest {
    private static final String SAMPLE = "sample-data/routerdc/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void topTwoFineTuningLowersTheLossChangesOnlyTheTopLayersAndRoutesThroughTheWrittenBackOnnx() throws Exception {
        Path router = dir.resolve("tuned.router");
        List<String> args = new ArrayList<>(List.of("train", "--finetune", "top-2", "--out", router.toString(),
                "--steps", "16", "--eval-every", "8", "--batch-size", "32", "--accumulate", "2", "--device", "cpu",
                "--cache", dir.resolve("cache").toString(), "--events", "json", "--train",
                SAMPLE + "math_train.json", SAMPLE + "code_train.json", SAMPLE + "science_train.json=binary",
                SAMPLE + "knowledge_train.json=binary", "--eval", SAMPLE + "math_test.json", SAMPLE + "code_test.json"));
        CommandLineTest.Result result = CommandLineTest.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();

        List<TrainingEvent> events = result.out().lines().map(TrainingEvents::fromJson).toList();
        List<Double> losses = events.stream().filter(TrainingEvent.Step.class::isInstance)
                .map(e -> ((TrainingEvent.Step) e).loss()).toList();
        assertThat(losses).hasSize(16);
        System.out.println("top-2 fine-tuning losses: " + losses);
        assertThat(mean(losses.subList(12, 16))).isLessThan(mean(losses.subList(0, 4)));
        assertThat(events).filteredOn(TrainingEvent.Evaluation.class::isInstance).hasSize(2);
        assertThat(events.getLast()).isInstanceOf(TrainingEvent.Saved.class);

        JsonNode manifest = JSON.readTree(router.resolve("router.json").toFile());
        Path onnx = router.resolve("encoder/model.onnx");
        Path overrides = router.resolve("encoder/" + ModelFolder.INITIALIZERS);
        assertThat(manifest.path("encoder").path("location").asText()).isEqualTo("bundle:encoder");
        assertThat(manifest.path("encoder").path("sha256").asText()).isEqualTo(Sha256.of(
                (Sha256.of(onnx) + " " + Sha256.of(overrides)).getBytes(StandardCharsets.UTF_8)));
        assertThat(manifest.path("files").has("encoder/model.onnx")).isTrue();
        assertThat(manifest.path("files").has("encoder/" + ModelFolder.INITIALIZERS)).isTrue();
        assertThat(manifest.path("training").path("fineTune").path("mode").path("trainableLayers").asInt()).isEqualTo(2);
        // the default cross-validation ran over the tuned embeddings: fold curves, out-of-fold figures, the policy decides
        assertThat(events).filteredOn(TrainingEvent.FoldEvaluation.class::isInstance).isNotEmpty();
        assertThat(manifest.at("/metrics/crossValidation/router").isNumber()).isTrue();
        assertThat(manifest.at("/training/routing/decidedBy").asText()).isEqualTo("expected");

        OnnxBertImporter.Imported original;
        try (InputStream in = getClass().getResourceAsStream("/bge-small-en-v1.5.onnx")) {
            original = OnnxBertImporter.importModel(OnnxModelFile.read(in));
        }
        // the graph is the original one; only the overridden initializers carry the tuned values
        assertThat(Sha256.of(onnx)).isEqualTo(Sha256.of(BundledModel.extract().model()));
        Map<String, String> parameterOf = new HashMap<>();
        original.sources().forEach((parameter, source) -> parameterOf.put(source.initializer(), parameter));
        List<String> changed = Safetensors.read(overrides).keySet().stream().map(parameterOf::get).toList();
        assertThat(changed).allMatch(n -> n.startsWith("encoder.layer.10.") || n.startsWith("encoder.layer.11."));
        assertThat(changed).contains("encoder.layer.10.attention.self.query.weight", "encoder.layer.11.output.dense.weight");

        try (Router opened = Router.open(router, DevicePreference.CPU)) {
            RouterWeights head = opened.bundle().router().weights();
            RouterWeights initial = RouterWeights.initial(384, 384, 5, 0.78, 42L);
            assertThat(head.w2()[0]).isNotEqualTo(initial.w2()[0]);
            assertThat(head.llmVectors()[0]).isNotEqualTo(initial.llmVectors()[0]);
            // the index holds the DJL forward of the tuned encoder; ORT on the written-back ONNX must agree
            var index = opened.bundle().trainingIndex();
            for (int row : new int[] {0, 61, 130, 239}) {
                float[] ort = opened.encoder().encode(index.texts().get(row));
                float[] djl = index.embeddings()[row];
                for (int i = 0; i < ort.length; i++) {
                    assertThat((double) Math.abs(ort[i] - djl[i])).as("row %d dim %d", row, i).isLessThanOrEqualTo(1e-4);
                }
            }
        }
        CommandLineTest.Result routed = CommandLineTest.run("route", "--router", router.toString(), "--device", "cpu",
                "--json", "Write a Python function that returns the list of prime numbers below n.");
        assertThat(routed.exitCode()).as(routed.err()).isZero();
        assertThat(JSON.readTree(routed.out()).path("ranked")).hasSize(5);
    }

    @Test
    void badFineTuneOptionsGetOneClearLine() {
        String[] base = {"train", "--train", SAMPLE + "math_train.json", "--out", dir.resolve("x.router").toString(),
                "--cache", dir.resolve("cache").toString(), "--finetune"};
        assertThat(error(base, "top-0")).contains("frozen, top-N (N >= 1 layers) or all, not 'top-0'");
        assertThat(error(base, "bogus")).contains("not 'bogus'");
        assertThat(error(base, "top-99")).contains("top-99: the encoder has only 12 layers");
        assertThat(error(base, "top-2", "--resume")).contains("--resume: no checkpoint to resume from in");
        assertThat(error(base, "top-2", "--accumulate", "0")).contains("--accumulate must be >= 1");
    }

    private static String error(String[] base, String... more) {
        List<String> args = new ArrayList<>(List.of(base));
        args.addAll(List.of(more));
        CommandLineTest.Result result = CommandLineTest.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("Exception");
        return result.err();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
