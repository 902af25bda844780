package org.routerdc.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holes, costs, cost-aware routing and the curve end to end, on a small 3-LLM table with costs and holes written
 * here, with the real encoder and real DJL training.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CostCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOPICS = {"Solve the equation %d x + 3 = 11 for x.", "Write a Python function that sorts %d numbers.",
            "Who wrote the novel number %d on the reading list?", "What is the derivative of x to the power %d?"};

    @TempDir
    static Path dir;
    static Path train, test, router;
    static String cache;

    /** cheap (0.001) is right on maths, mid (0.01) on code and maths, dear (0.1) on all but trivia; holes on rows 3, 7. */
    static void write(Path file, int rows, boolean holes) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            int topic = i % 4;
            String cheap = topic == 0 || topic == 3 ? "1" : "0";
            String mid = topic == 2 ? "0" : "1";
            String dear = topic == 2 ? "0" : "1";
            if (holes && (i == 3 || i == 7)) {
                mid = "null";
            }
            text.append(String.format("{\"question\": \"%s\", \"scores\": {\"cheap\": %s, \"mid\": %s, \"dear\": %s},"
                    + " \"costs\": {\"cheap\": 0.001, \"mid\": %s, \"dear\": 0.1}, \"metric\": \"binary\"}%n",
                    String.format(TOPICS[topic], i + 2), cheap, mid, dear, mid.equals("null") ? "null" : "0.01"));
        }
        Files.writeString(file, text);
    }

    @BeforeAll
    static void files() throws Exception {
        train = dir.resolve("toy_train.jsonl");
        test = dir.resolve("toy_test.jsonl");
        write(train, 40, true);
        write(test, 16, true);
        router = dir.resolve("toy.router");
        cache = dir.resolve("cache").toString();
    }

    @Test
    @Order(1)
    void aTableWithHolesTrainsWithALocatedWarningAndStrictRefusesIt() throws Exception {
        CommandLineTest.Result strict = CommandLineTest.run("train", "--strict", "--train", train.toString(), "--out",
                dir.resolve("strict.router").toString(), "--cache", cache, "--device", "cpu");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("toy_train.jsonl:4: field 'scores.mid': value is missing (null or empty)");

        CommandLineTest.Result result = CommandLineTest.run("train", "--train", train.toString(), "--out", router.toString(),
                "--steps", "60", "--eval-every", "30", "--clusters", "4", "--cache", cache, "--device", "cpu");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("warning: toy_train.jsonl:4: LLM 'mid' has no score (2 rows: lines 4, 8)");
        JsonNode manifest = JSON.readTree(router.resolve("router.json").toFile());
        assertThat(manifest.path("meanTrainingCosts").path("cheap").asDouble()).isEqualTo(0.001, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(manifest.path("meanTrainingCosts").path("mid").asDouble()).isEqualTo(0.01, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    @Order(2)
    void evalSkipsTheIncompleteRowsAndSaysHowMany() throws Exception {
        CommandLineTest.Result result = CommandLineTest.run("eval", "--router", router.toString(), "--cache", cache,
                "--device", "cpu", "--json", "--data", test.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode dataset = JSON.readTree(result.out()).path("datasets").get(0);
        assertThat(dataset.path("n").asInt()).isEqualTo(16);
        assertThat(dataset.path("skipped").asInt()).isEqualTo(2);
        // on the 14 complete rows: 4 of them trivia (nobody right), the oracle gets the other 10
        assertThat(dataset.path("oracle").asDouble()).isCloseTo(100.0 * 10 / 14, org.assertj.core.data.Offset.offset(1e-3));

        CommandLineTest.Result strict = CommandLineTest.run("eval", "--strict", "--router", router.toString(), "--cache", cache,
                "--data", test.toString());
        assertThat(strict.exitCode()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void routeWithALargeLambdaPicksTheCheapestLlmAndEveryEntryHasCostAndUtility() throws Exception {
        CommandLineTest.Result result = CommandLineTest.run("route", "--router", router.toString(), "--json", "--lambda", "1000",
                "Who wrote the novel number 3 on the reading list?");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.path("chosen").asText()).isEqualTo("cheap");
        for (JsonNode entry : json.path("ranked")) {
            assertThat(entry.path("cost").isNumber()).isTrue();
            assertThat(entry.path("utility").isNumber()).isTrue();
        }
        assertThat(json.path("ranked").get(0).path("utility").asDouble())
                .isGreaterThanOrEqualTo(json.path("ranked").get(1).path("utility").asDouble());

        CommandLineTest.Result free = CommandLineTest.run("route", "--router", router.toString(), "--json", "--lambda", "0",
                "Write a Python function that sorts 9 numbers.");
        assertThat(JSON.readTree(free.out()).path("chosen").asText()).isNotEqualTo("cheap");

        CommandLineTest.Result negative = CommandLineTest.run("route", "--router", router.toString(), "--lambda", "-1", "q");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err().strip()).isEqualTo("workbench route: --lambda must be a finite number >= 0, not -1.0");
    }

    @Test
    @Order(4)
    void curvePrintsTheContractedJson() throws Exception {
        CommandLineTest.Result result = CommandLineTest.run("curve", "--router", router.toString(), "--data", test.toString(),
                "--cache", cache, "--device", "cpu", "--points", "12", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.path("points")).hasSize(12);
        JsonNode first = json.path("points").get(0);
        for (String field : List.of("lambda", "cost", "quality")) {
            assertThat(first.path(field).isNumber()).as(field).isTrue();
        }
        assertThat(first.path("share").size()).isEqualTo(3);
        JsonNode last = json.path("points").get(11);
        assertThat(last.path("share").path("cheap").asDouble()).isEqualTo(1.0);
        assertThat(last.path("cost").asDouble()).isCloseTo(0.001, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(json.path("hull").get(0).path("cost").isNumber()).isTrue();
        assertThat(json.path("aiq").isNumber()).isTrue();
        assertThat(json.path("zeroRouterAiq").isNumber()).isTrue();
        assertThat(json.path("singles")).hasSize(3);
        assertThat(json.path("singles").get(0).path("llm").asText()).isEqualTo("cheap");
        assertThat(json.path("oracle").path("quality").isNumber()).isTrue();
        assertThat(json.has("costSavedAtBestSingle")).isTrue();
        // 16 training rows are too few for a cluster baseline (see clusterBaselineJson for one)
        assertThat(json.has("cluster")).isTrue();
        assertThat(json.path("cluster").isNull()).isTrue();

        CommandLineTest.Result table = CommandLineTest.run("curve", "--router", router.toString(), "--data", test.toString(),
                "--cache", cache, "--device", "cpu", "--points", "5");
        assertThat(table.out()).contains("lambda", "single LLMs:", "hull:", "aiq ");
    }

    @Test
    void clusterBaselineJsonIsANewFieldBesideTheContractedOnes() throws Exception {
        var report = org.routerdc.workbench.curve.CostQualityCurve.compute(
                org.routerdc.workbench.curve.CostQualityCurveTest.toyWithClusters(), 40);
        JsonNode json = JSON.readTree(JSON.writeValueAsString(CurveCommand.toJson(report)));
        assertThat(json.fieldNames()).toIterable().contains("points", "hull", "aiq", "zeroRouterAiq", "singles", "oracle",
                "costSavedAtBestSingle", "cluster");
        JsonNode cluster = json.path("cluster");
        assertThat(cluster.path("points")).hasSize(40);
        assertThat(cluster.path("points").get(0).path("lambda").asDouble()).isZero();
        assertThat(cluster.path("points").get(39).path("share").path("A").asDouble()).isEqualTo(1.0);
        assertThat(cluster.path("hull")).hasSize(3);
        assertThat(cluster.path("hull").get(1).path("cost").asDouble()).isEqualTo(1.5);
        assertThat(cluster.path("aiq").asDouble()).isCloseTo(62.5, org.assertj.core.data.Offset.offset(1e-9));
        java.io.StringWriter text = new java.io.StringWriter();
        CurveCommand.printTable(report, new java.io.PrintWriter(text));
        assertThat(text.toString()).contains("cluster baseline aiq 62.500");
    }

    @Test
    @Order(5)
    void badPriceTablesGetOneLocatedLineEachAndExitCode2() throws Exception {
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, "{\"cheap\": 1, \"mid\": 2, \"dear\": 3,\n \"gpt-9\": 4}");
        Path lacking = dir.resolve("lacking.json");
        Files.writeString(lacking, "{\"cheap\": 1, \"mid\": 2}");
        Path negative = dir.resolve("negative.json");
        Files.writeString(negative, "{\"cheap\": 1,\n \"mid\": -2, \"dear\": 3}");
        Path infinite = dir.resolve("infinite.json");
        Files.writeString(infinite, "{\"cheap\": 1, \"mid\": 2,\n\n \"dear\": 1e999}");

        assertThat(priceError(unknown)).isEqualTo("workbench route: unknown.json:2: LLM 'gpt-9': unknown LLM (expected one of [cheap, mid, dear])");
        assertThat(priceError(lacking)).isEqualTo("workbench route: lacking.json: LLM 'dear' has no price (every LLM needs one)");
        assertThat(priceError(negative)).isEqualTo("workbench route: negative.json:2: LLM 'mid': cost is negative (-2)");
        assertThat(priceError(infinite)).isEqualTo("workbench route: infinite.json:3: LLM 'dear': cost is not finite (Infinity)");
    }

    private static String priceError(Path prices) {
        CommandLineTest.Result result = CommandLineTest.run("route", "--router", router.toString(), "--lambda", "1",
                "--prices", prices.toString(), "q");
        assertThat(result.exitCode()).isEqualTo(2);
        return result.err().strip();
    }
}
