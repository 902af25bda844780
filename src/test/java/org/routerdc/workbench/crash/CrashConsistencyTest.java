package org.routerdc.workbench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.settings.Settings;
import org.routerdc.workbench.app.settings.SettingsStore;
import org.routerdc.workbench.route.BundleException;
import org.routerdc.workbench.route.BundleManifest;
import org.routerdc.workbench.route.RouterBundle;
import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.train.Checkpoint;

/**
 * kill -9 of a writer (a child JVM running {@link CrashWriter}) at random moments: afterwards each of the router
 * bundle, the checkpoint and the settings loads as the last complete version or the one being written, never a
 * mix, and says clearly that there is none when no save ever completed. {@code -Dcrash.trials=200} for the full
 * run (CI: 30). Figures go to stdout.
 */
class CrashConsistencyTest {
    enum Kind { BUNDLE, CHECKPOINT, SETTINGS }

    @TempDir
    Path dir;

    @Test
    void everyLoadAfterAKillGetsTheOldOrTheNewVersionNeverAHalf() throws Exception {
        int trials = Integer.getInteger("crash.trials", 30);
        Random random = new Random(Long.getLong("crash.seed", 12));
        Map<Kind, Integer> completed = new EnumMap<>(Map.of(Kind.BUNDLE, 0, Kind.CHECKPOINT, 0, Kind.SETTINGS, 0));
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        List<String> halves = new ArrayList<>();
        int next = 1;
        Path log = Files.createTempFile("crash-writer", ".log");
        for (int trial = 0; trial < trials; trial++) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xmx256m", CrashWriter.class.getName(),
                    dir.toString(), String.valueOf(next)).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(log.toFile()).start();
            // the JVM takes ~0.5 s to start and a round of three saves ~0.3-1 s: kills land before, between and inside saves
            writer.waitFor(300 + random.nextInt(2000), TimeUnit.MILLISECONDS);
            writer.destroyForcibly(); // SIGKILL
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (String line : Files.readAllLines(log)) {
                String[] parts = line.split(" ");
                completed.put(Kind.valueOf(parts[0].toUpperCase()), Integer.parseInt(parts[1]));
            }
            int inProgress = Math.max(next, completed.get(Kind.SETTINGS) + 1);
            for (Kind kind : Kind.values()) {
                int old = completed.get(kind);
                String outcome = check(kind, old, inProgress, halves, trial);
                outcomes.merge(kind + " " + outcome, 1, Integer::sum);
            }
            next = inProgress + 1;
        }
        Files.delete(log);
        long leftovers;
        try (var files = Files.list(dir)) {
            leftovers = files.filter(p -> p.getFileName().toString().startsWith(".")).count();
        }
        System.out.printf("crash consistency: %d trials (kill -9), outcomes %s, half files %d, leftover temp folders %d%n",
                trials, outcomes, halves.size(), leftovers);
        assertThat(halves).isEmpty();
        assertThat(outcomes.keySet()).as("some kills landed after saves").anyMatch(o -> o.endsWith("new") || o.endsWith("old"));
    }

    /** "none", "old" or "new"; a mixed or damaged load is added to {@code halves}. */
    private String check(Kind kind, int old, int inProgress, List<String> halves, int trial) throws IOException {
        String where = "trial " + trial + " " + kind + ": ";
        int version;
        switch (kind) {
            case BUNDLE -> {
                Path bundle = dir.resolve("r.router");
                try {
                    BundleManifest manifest = RouterBundle.readManifest(bundle);
                    version = Integer.parseInt(manifest.name().substring(1));
                    float[][] weights = Safetensors.read(bundle.resolve(RouterBundle.WEIGHTS)).get("llm_vectors").toMatrix();
                    if (!CrashWriter.allEqual(weights, version)) {
                        halves.add(where + "weights do not match router.json's version " + version);
                    }
                } catch (BundleException e) {
                    return none(where, old, e.getMessage(), halves, "not a router folder");
                }
            }
            case CHECKPOINT -> {
                Path last = dir.resolve("checkpoints").resolve(Checkpoint.LAST);
                try {
                    Checkpoint checkpoint = Checkpoint.read(last);
                    version = checkpoint.progress().step();
                    if (!CrashWriter.allEqual(checkpoint.tensors().values().toArray(float[][]::new), version)) {
                        halves.add(where + "tensors do not match state.json's step " + version);
                    }
                } catch (java.nio.file.NoSuchFileException e) {
                    return none(where, old, e.getMessage(), halves, "no checkpoint here");
                }
            }
            default -> {
                SettingsStore store = new SettingsStore(dir.resolve("config"));
                if (!Files.exists(store.file())) {
                    return none(where, old, "no settings file", halves, "no settings file");
                }
                Settings settings = store.load();
                if (settings.lastFolder() == null) {
                    halves.add(where + "settings.json exists but does not load");
                    return "half";
                }
                version = Integer.parseInt(settings.lastFolder().substring(1));
            }
        }
        if (version == old) {
            return "old";
        }
        if (version > old && version <= inProgress) {
            return "new";
        }
        halves.add(where + "version " + version + ", expected " + old + " or the one being written");
        return "half";
    }

    private static String none(String where, int old, String message, List<String> halves, String expected) {
        if (old > 0) {
            halves.add(where + "version " + old + " was saved but nothing loads: " + message);
            return "lost";
        }
        assertThat(message).as(where).contains(expected);
        return "none";
    }
}
