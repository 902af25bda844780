package org.routerdc.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.data.NpyFile;
import org.routerdc.workbench.data.ScoreTables;
import org.routerdc.workbench.encode.DevicePreference;
import org.routerdc.workbench.encode.EncoderOptions;
import org.routerdc.workbench.encode.OnnxTextEncoder;
import org.routerdc.workbench.encode.TextEncoder;
import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingEvents;
import picocli.CommandLine;

/**
 * The command line end to end on sample-data/, with the real encoder and real DJL training. One router is trained
 * once for the class and only read afterwards; each test writes into a folder of its own, in any order.
 */
class CommandLineTest {
    private static final String SAMPLE = "sample-data/routerdc/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    /** Read-only after {@link #trainOnce()}: the trained router, the cache it filled, and the train command's output. */
    static Path router;
    static String cache;
    static Result training;

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WorkbenchCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private static List<String> trainFiles() {
        return List.of(SAMPLE + "math_train.json", SAMPLE + "code_train.json",
                SAMPLE + "science_train.json=binary", SAMPLE + "knowledge_train.json=binary");
    }

    private static List<String> testFiles() {
        return List.of(SAMPLE + "math_test.json", SAMPLE + "code_test.json",
                SAMPLE + "science_test.json=binary", SAMPLE + "knowledge_test.json=binary");
    }

    @BeforeAll
    static void trainOnce() {
        router = shared.resolve("sample.router");
        cache = shared.resolve("cache").toString();
        List<String> args = new ArrayList<>(List.of("train", "--out", router.toString(), "--steps", "150", "--eval-every", "50",
                // the paper's selection keeps the run at exactly --steps (the default cross-validation chooses its
                // own steps: CrossValidationCommandLineTest)
                "--selection", "train", "--device", "cpu", "--cache", cache, "--events", "json", "--train"));
        args.addAll(trainFiles());
        args.add("--eval");
        args.addAll(testFiles());
        training = run(args.toArray(String[]::new));
    }

    private static void assumeTheRouterWasTrained() {
        assumeTrue(training.exitCode() == 0 && Files.isRegularFile(router.resolve("router.json")),
                "the shared router did not train (trainStreamsJsonEvents... says why)");
    }

    @Test
    void trainStreamsJsonEventsAndSavesARouterThatBeatsRandomOnHeldApartQueries() throws Exception {
        Result result = training;
        assertThat(result.exitCode()).as(result.err()).isZero();

        List<TrainingEvent> events = result.out().lines().map(TrainingEvents::fromJson).toList();
        assertThat(events.getFirst()).isInstanceOfAny(TrainingEvent.Log.class, TrainingEvent.Progress.class);
        assertThat(events).filteredOn(TrainingEvent.Step.class::isInstance).hasSize(150);
        assertThat(events).filteredOn(TrainingEvent.Evaluation.class::isInstance).hasSizeGreaterThanOrEqualTo(3);
        assertThat(events.getLast()).isInstanceOf(TrainingEvent.Saved.class);
        TrainingEvent.Report report = events.stream().filter(TrainingEvent.Report.class::isInstance)
                .map(TrainingEvent.Report.class::cast).findFirst().orElseThrow();
        JsonNode average = report.evaluation().path("average");
        assertThat(average.path("router").asDouble()).isGreaterThan(average.path("random").asDouble() + 5);
        assertThat(Files.isRegularFile(router.resolve("router.json"))).isTrue();
    }

    @Test
    void evalPrintsTheJsonContract() throws Exception {
        assumeTheRouterWasTrained();
        List<String> args = new ArrayList<>(List.of("eval", "--router", router.toString(), "--cache", cache, "--json", "--data"));
        args.addAll(testFiles());
        Result result = run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).as("training cached every test query").contains("25/25 rows (all from the cache)")
                .doesNotContain("0 rows/s");
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.path("datasets")).hasSize(4);
        JsonNode science = json.path("datasets").get(2);
        assertThat(science.path("name").asText()).isEqualTo("science_test");
        assertThat(science.path("metric").asText()).isEqualTo("binary");
        assertThat(science.path("n").asInt()).isEqualTo(25);
        for (String field : List.of("router", "oracle", "bestSingle", "random", "knn")) {
            assertThat(science.path(field).isNumber()).as(field).isTrue();
            assertThat(json.path("average").path(field).isNumber()).as("average." + field).isTrue();
        }
        assertThat(science.path("perLlm").size()).isEqualTo(5);
        assertThat(science.path("oracle").asDouble()).isGreaterThanOrEqualTo(science.path("bestSingle").asDouble());
    }

    @Test
    void routeRanksEveryLlmAndSendsACodingQueryToTheCodeModel() throws Exception {
        assumeTheRouterWasTrained();
        Result result = run("route", "--router", router.toString(), "--json",
                "Write a Python function that returns the list of prime numbers below n.");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.path("ranked")).hasSize(5);
        assertThat(json.path("chosen").asText()).isEqualTo("codellama-7b-instruct");
        double total = 0;
        for (JsonNode llm : json.path("ranked")) {
            total += llm.path("probability").asDouble();
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.path("nearest").get(0).path("dataset").asText()).isEqualTo("code_train");
    }

    @Test
    void embedWritesOneRowPerQueryInFileOrder() throws Exception {
        Path npy = dir.resolve("e.npy");
        List<String> files = List.of(SAMPLE + "math_test.json", SAMPLE + "code_test.json");
        Result result = run("embed", "--data", files.get(0), files.get(1), "--out", npy.toString(), "--cache", dir.resolve("cache").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        float[][] raw = NpyFile.read(npy);
        assertThat(raw).hasNumberOfRows(50);
        assertThat(raw[0]).hasSize(384);

        // Row i is the i-th query of the files in order: each row is nearest to that query encoded on its own.
        List<String> texts = new ArrayList<>();
        for (String file : files) {
            texts.addAll(ScoreTables.read(Path.of(file), null).texts());
        }
        assertThat(texts).hasSize(50).doesNotHaveDuplicates();
        try (TextEncoder encoder = OnnxTextEncoder.bundled(EncoderOptions.defaults().withDevice(DevicePreference.CPU))) {
            float[][] alone = texts.stream().map(encoder::encode).toArray(float[][]::new);
            for (int i = 0; i < raw.length; i++) {
                assertThat(nearest(raw[i], alone)).as("row %d: %s", i, texts.get(i)).isEqualTo(i);
                assertThat(cosine(raw[i], alone[i])).as("row %d", i).isGreaterThan(0.9999);
            }
        }
    }

    @Test
    void embedWithARouterWritesItsSpace() throws Exception {
        assumeTheRouterWasTrained();
        Path npy = dir.resolve("e.npy");
        assertThat(run("embed", "--data", SAMPLE + "math_test.json", "--out", npy.toString(), "--cache", cache).exitCode()).isZero();
        float[] raw = NpyFile.read(npy)[0];
        Result projected = run("embed", "--data", SAMPLE + "math_test.json", "--out", npy.toString(), "--cache", cache,
                "--router", router.toString());
        assertThat(projected.exitCode()).as(projected.err()).isZero();
        assertThat(NpyFile.read(npy)[0]).isNotEqualTo(raw);
    }

    private static int nearest(float[] row, float[][] candidates) {
        int best = -1;
        double bestCosine = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < candidates.length; j++) {
            double c = cosine(row, candidates[j]);
            if (c > bestCosine) {
                bestCosine = c;
                best = j;
            }
        }
        return best;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return dot / Math.sqrt(aa * bb);
    }

    @Test
    void badInputGetsOneClearLineAndExitCode2() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"question\": \"q\", \"scores\": {\"a\": 1}},\n {\"question\": \"r\", \"scores\": {\"a\": \"high\"}}]");
        Result result = run("train", "--train", broken.toString(), "--out", dir.resolve("x.router").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("workbench train: broken.json:2").contains("scores.a").doesNotContain("Exception");

        assertThat(run("route", "--router", dir.resolve("missing.router").toString(), "q").err())
                .contains("not a router folder");
        assertThat(run("train", "--train", "a.json=fuzzy", "--out", "x.router").err()).contains("binary or graded");
        assertThat(run("train", "--train", SAMPLE + "math_train.json", "--out", "x").err()).contains("ending in .router");
        assertThat(run("frobnicate").exitCode()).isEqualTo(2);
    }
}
