package org.routerdc.workbench.crash;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.app.settings.Settings;
import org.routerdc.workbench.app.settings.SettingsStore;
import org.routerdc.workbench.route.BundleManifest;
import org.routerdc.workbench.route.EncoderRef;
import org.routerdc.workbench.route.RouterBundle;
import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.files.Tensor;
import org.routerdc.workbench.train.Checkpoint;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.TrainingConfig;

/**
 * The writer that {@link CrashConsistencyTest} kills: saves version k of a router bundle, a checkpoint and the
 * settings, k = FIRST, FIRST+1, ..., printing "KIND k" after each save returns. Every value of version k is k, so a
 * reader can tell the versions apart and see a mix.
 */
public final class CrashWriter {
    static final int DIMENSION = 64, LLMS = 4;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        SettingsStore settings = new SettingsStore(dir.resolve("config"));
        for (int i = first; i < first + 100_000; i++) {
            int k = i;
            RouterBundle.write(dir.resolve("r.router"), manifest(k), Map.of(RouterBundle.WEIGHTS, file ->
                    Safetensors.write(file, Map.of("llm_vectors", Tensor.matrix(filled(LLMS * 64, DIMENSION, k))), Map.of())));
            System.out.println("bundle " + k);
            checkpoint(k).write(dir.resolve("checkpoints").resolve(Checkpoint.LAST));
            System.out.println("checkpoint " + k);
            settings.save(Settings.defaults().withLastFolder("v" + k));
            System.out.println("settings " + k);
            System.out.flush();
        }
    }

    static BundleManifest manifest(int k) {
        return new BundleManifest(RouterBundle.FORMAT_VERSION, "v" + k,
                new EncoderRef("enc", "abc", "CLS", 512, DIMENSION, EncoderRef.BUNDLED), List.of("a", "b", "c", "d"),
                Map.of("type", "residual-mlp"), 1.0, JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.objectNode(), "2026-01-01T00:00:00Z", Map.of());
    }

    static Checkpoint checkpoint(int k) {
        TrainingConfig config = TrainingConfig.defaults();
        Checkpoint.Run run = new Checkpoint.Run(config, Checkpoint.FROZEN, null, List.of("a", "b", "c", "d"), DIMENSION,
                10, new int[10]);
        Checkpoint.Progress progress = new Checkpoint.Progress(k, Map.of("head", (long) k), k, new int[10], 0, k, k,
                Map.of("d", (double) k), k);
        Map<String, float[]> tensors = new java.util.LinkedHashMap<>();
        tensors.put("head/llm_vectors", filled(1, LLMS * DIMENSION, k)[0]);
        tensors.put("head_m/llm_vectors", filled(1, LLMS * DIMENSION * 64, k)[0]);
        return new Checkpoint(run, progress, tensors);
    }

    static float[][] filled(int rows, int cols, int k) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) {
            Arrays.fill(row, k);
        }
        return m;
    }

    static boolean allEqual(float[][] m, float k) {
        return Arrays.stream(m).allMatch(row -> {
            for (float v : row) {
                if (v != k) {
                    return false;
                }
            }
            return true;
        });
    }

    private CrashWriter() {
    }
}
