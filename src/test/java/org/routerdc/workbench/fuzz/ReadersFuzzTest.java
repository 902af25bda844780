package org.routerdc.workbench.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.routerdc.workbench.data.NpyFile;
import org.routerdc.workbench.data.ScoreTableException;
import org.routerdc.workbench.data.ScoreTables;
import org.routerdc.workbench.route.BundleException;
import org.routerdc.workbench.route.BundleManifest;
import org.routerdc.workbench.route.EncoderRef;
import org.routerdc.workbench.route.RouterBundle;
import org.routerdc.workbench.route.RouterBundles;

/**
 * Every reader on arbitrary bytes: the only way out is its located exception (ScoreTableException, BundleException,
 * or for .npy the IOException naming the file), never another exception, an OutOfMemoryError or a hang. In
 * {@code mvn verify} each target runs its seeds (src/test/resources/.../ReadersFuzzTestInputs); bench/fuzz.sh fuzzes.
 * Jazzer 0.25 cannot instrument Java 25 class files, so the fuzzer's coverage feedback comes from the libraries
 * the readers drive (Jackson, Commons CSV), not from the readers' own branches.
 */
class ReadersFuzzTest {
    /** Inputs per target when fuzzing (JAZZER_FUZZ=1, bench/fuzz.sh); `mvn verify` runs only the seeds. */
    static final long RUNS = 1_000_000;
    private static Path dir;
    private static String manifestTemplate;

    @BeforeAll
    static void setUp() throws IOException {
        Path shm = Path.of("/dev/shm");
        dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "readers-fuzz")
                : Files.createTempDirectory("readers-fuzz");
        Path bundle = dir.resolve("template.router");
        RouterBundle.write(bundle, new BundleManifest(RouterBundle.FORMAT_VERSION, "fuzz",
                new EncoderRef("enc", "abc", "CLS", 512, 2, EncoderRef.BUNDLED), List.of("a", "b"),
                Map.of("type", "residual-mlp"), 1.0, JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), "2026-01-01T00:00:00Z", Map.of()),
                Map.of(RouterBundle.WEIGHTS, file -> Files.write(file, new byte[] {0})));
        manifestTemplate = Files.readString(bundle.resolve(RouterBundle.MANIFEST))
                .replace(org.routerdc.workbench.files.Sha256.of(bundle.resolve(RouterBundle.WEIGHTS)), "%SHA%");
    }

    @AfterAll
    static void tearDown() throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @FuzzTest(maxExecutions = RUNS, maxDuration = "20m")
    void routerDcJson(byte[] input) throws IOException {
        readScoreTable("rows.json", input);
    }

    @FuzzTest(maxExecutions = RUNS, maxDuration = "20m")
    void jsonLines(byte[] input) throws IOException {
        readScoreTable("rows.jsonl", input);
    }

    @FuzzTest(maxExecutions = RUNS, maxDuration = "20m")
    void csvAndTsv(byte[] input) throws IOException {
        readScoreTable(input.length % 2 == 0 ? "rows.csv" : "rows.tsv", input);
    }

    @FuzzTest(maxExecutions = RUNS, maxDuration = "20m")
    void npy(byte[] input) throws IOException {
        Path file = write("matrix.npy", input);
        try {
            NpyFile.read(file);
        } catch (IOException e) {
            requireLocated(e.getMessage(), file);
        }
    }

    /** router.json as given, with a valid weights file beside it. */
    @FuzzTest(maxExecutions = RUNS, maxDuration = "20m")
    void routerManifest(byte[] input) throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("manifest.router"));
        Files.write(bundle.resolve(RouterBundle.WEIGHTS), new byte[] {0});
        Files.write(bundle.resolve(RouterBundle.MANIFEST), input);
        loadBundle(bundle);
    }

    /** The bundle's weights file as given, listed with its true hash so that the tensor reader sees it. */
    @FuzzTest(maxExecutions = RUNS, maxDuration = "20m")
    void bundleSafetensors(byte[] input) throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("weights.router"));
        Path weights = Files.write(bundle.resolve(RouterBundle.WEIGHTS), input);
        Files.writeString(bundle.resolve(RouterBundle.MANIFEST), manifestTemplate.replace("%SHA%", org.routerdc.workbench.files.Sha256.of(weights)));
        loadBundle(bundle);
    }

    private static void readScoreTable(String name, byte[] input) throws IOException {
        Path file = write(name, input);
        try {
            ScoreTables.read(file, null);
        } catch (ScoreTableException e) {
            requireLocated(e.getMessage(), file);
        }
    }

    private static void loadBundle(Path bundle) {
        try {
            RouterBundles.load(bundle);
        } catch (BundleException e) {
            requireLocated(e.getMessage(), bundle);
        }
    }

    private static Path write(String name, byte[] input) throws IOException {
        return Files.write(dir.resolve(name), input);
    }

    private static void requireLocated(String message, Path file) {
        if (message == null || !message.contains(file.getFileName().toString())) {
            throw new AssertionError("not located in " + file.getFileName() + ": " + message);
        }
    }
}
