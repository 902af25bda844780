package org.routerdc.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.files.Sha256;
import picocli.CommandLine;

/** The default training (cross-validation on the training rows) end to end on sample-data/, real encoder and DJL. */
class CrossValidationCommandLineTest {
    private static final String SAMPLE = "sample-data/routerdc/";
    private static final List<String> TRAIN = List.of(SAMPLE + "math_train.json", SAMPLE + "code_train.json",
            SAMPLE + "science_train.json=binary", SAMPLE + "knowledge_train.json=binary");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    static Result run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WorkbenchCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Result(cli.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    }

    private Result train(Path out, List<String> train, List<String> eval) {
        List<String> args = new ArrayList<>(List.of("train", "--out", out.toString(), "--steps", "100", "--eval-every", "50",
                "--device", "cpu", "--cache", dir.resolve("cache").toString(), "--train"));
        args.addAll(train);
        if (!eval.isEmpty()) {
            args.add("--eval");
            args.addAll(eval);
        }
        return run(args);
    }

    @Test
    void crossValidationSeesOnlyTheTrainingFilesAndTheBundleCarriesWhatEvalAndRouteNeed() throws Exception {
        // The same training files with two different --eval sets (one of them the training files themselves, whose
        // rows would change every choice if the search could see them): the same policy and head both times.
        Path withTests = dir.resolve("a.router");
        Path withTrainingAsEval = dir.resolve("b.router");
        List<String> tests = List.of(SAMPLE + "math_test.json", SAMPLE + "code_test.json",
                SAMPLE + "science_test.json=binary", SAMPLE + "knowledge_test.json=binary");
        Result first = train(withTests, TRAIN, tests);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("cross-validation fold 5/5").contains("never used");
        assertThat(train(withTrainingAsEval, TRAIN, TRAIN).exitCode()).isZero();
        for (Path other : List.of(withTrainingAsEval)) {
            assertThat(Sha256.of(other.resolve("policy.safetensors"))).isEqualTo(Sha256.of(withTests.resolve("policy.safetensors")));
            assertThat(Sha256.of(other.resolve("weights.safetensors"))).isEqualTo(Sha256.of(withTests.resolve("weights.safetensors")));
            assertThat(manifest(other).at("/metrics/crossValidation")).isEqualTo(manifest(withTests).at("/metrics/crossValidation"));
        }
        JsonNode cv = manifest(withTests).at("/metrics/crossValidation");
        assertThat(cv.path("folds").asInt()).isEqualTo(5);
        assertThat(cv.path("router").asDouble()).isGreaterThanOrEqualTo(cv.path("cluster").asDouble());
        assertThat(cv.path("probe").isNumber()).as("the probe alone, out of fold: " + cv).isTrue();
        assertThat(cv.path("probeWeight").asDouble()).isBetween(0.0, 0.4);
        assertThat(manifest(withTests).at("/training/routing/probeWeight").asDouble()).isEqualTo(cv.path("probeWeight").asDouble());

        Result eval = run(List.of("eval", "--router", withTests.toString(), "--json", "--device", "cpu",
                "--cache", dir.resolve("cache").toString(), "--data", SAMPLE + "math_test.json"));
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonNode report = JSON.readTree(eval.out());
        assertThat(report.at("/datasets/0/cluster").isNumber()).isTrue();
        assertThat(report.at("/datasets/0/bestPerDataset").asDouble()).isEqualTo(report.at("/datasets/0/bestSingle").asDouble());
        assertThat(report.at("/average/cluster").isNumber()).isTrue();
        assertThat(report.at("/average/bestPerDataset").isNumber()).isTrue();
        assertThat(report.at("/average/knn").isNumber()).isTrue();

        Result route = run(List.of("route", "--router", withTests.toString(), "--json", "Solve 3x + 5 = 20 for x."));
        assertThat(route.exitCode()).as(route.err()).isZero();
        JsonNode ranked = JSON.readTree(route.out()).path("ranked");
        assertThat(ranked).hasSize(5);
        for (JsonNode entry : ranked) {
            assertThat(entry.path("expected").asDouble(-1)).isBetween(0.0, 1.0);
        }
        assertThat(JSON.readTree(route.out()).path("chosen").asText()).isEqualTo(ranked.get(0).path("llm").asText());
    }

    @Test
    void dataThatCannotBeCrossValidatedTrainsWithAWarningAndTooManyClustersIsOneLine() throws Exception {
        Path tied = dir.resolve("tied.json");
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < 12; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"question\": \"question number ").append(i)
                    .append("\", \"scores\": {\"a\": 1, \"b\": 1, \"c\": 1}}");
        }
        Files.writeString(tied, rows.append("]").toString());
        Result result = train(dir.resolve("tied.router"), List.of(tied.toString()), List.of());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("warning: no cross-validation: every LLM scores the same on every training row");
        assertThat(dir.resolve("tied.router/router.json")).exists();

        List<String> args = new ArrayList<>(List.of("train", "--out", dir.resolve("x.router").toString(), "--clusters", "13",
                "--device", "cpu", "--cache", dir.resolve("cache").toString(), "--train", tied.toString()));
        Result tooMany = run(args);
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err().strip().lines()).last().asString().contains("--clusters 13 is more than the 12 training rows");
    }

    private static JsonNode manifest(Path router) throws Exception {
        return JSON.readTree(router.resolve("router.json").toFile());
    }
}
