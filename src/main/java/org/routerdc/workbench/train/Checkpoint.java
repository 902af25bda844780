package org.routerdc.workbench.train;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to continue a run bit-for-bit: weights, optimiser moments, step, RNG state, the epoch's batch
 * order, the cluster of each training row, the best result so far and the config. Stored as a directory holding
 * {@code state.json} (all but the floats) and {@code tensors.bin} (named float32 arrays, see {@link TensorFile}).
 *
 * @param header all non-tensor state
 * @param weights current weights
 * @param firstMoments AdamW m per parameter name, flattened in the model's storage layout
 * @param secondMoments AdamW v, likewise
 */
public record Checkpoint(Header header, RouterWeights weights, Map<String, float[]> firstMoments,
                         Map<String, float[]> secondMoments) {
    public static final String LAST = "last";
    public static final String BEST = "best";
    public static final String STATE_FILE = "state.json";
    public static final String TENSOR_FILE = "tensors.bin";
    private static final String FIRST_MOMENTS = "adam_m/", SECOND_MOMENTS = "adam_v/";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /**
     * @param rows       training rows (after the per-dataset cap), to check a resume gets the same data
     * @param dimension  embedding dimension
     * @param batchOrder this epoch's row order; {@code batchPosition} is where the next batch starts
     */
    public record Header(TrainingConfig config, java.util.List<String> llms, double tau, int step, long adamStep,
                         long rngState, int rows, int dimension, int[] batchOrder, int batchPosition, int[] clusters,
                         int bestStep, double bestAverage, Map<String, Double> bestAccuracy, double lastAverage) {
    }

    public TrainedRouter router() {
        TrainingMetrics metrics = new TrainingMetrics(header.bestStep(), header.bestAverage(), header.bestAccuracy(),
                header.step(), header.lastAverage());
        return new TrainedRouter(header.llms(), weights, header.tau(), header.config(), metrics);
    }

    /** Writes to a sibling temp directory first, then swaps it into place, so a crash never leaves half a checkpoint. */
    public void write(Path dir) throws IOException {
        replaceFolder(dir, temp -> {
            JSON.writeValue(temp.resolve(STATE_FILE).toFile(), header);
            Map<String, float[]> tensors = new LinkedHashMap<>(weights.toTensors(""));
            firstMoments.forEach((name, values) -> tensors.put(FIRST_MOMENTS + name, values));
            secondMoments.forEach((name, values) -> tensors.put(SECOND_MOMENTS + name, values));
            TensorFile.write(temp.resolve(TENSOR_FILE), tensors);
        });
    }

    /** Whether {@code checkpointDir} holds a {@code last/} checkpoint to resume from (frozen or fine-tuning). */
    public static boolean hasLast(Path checkpointDir) {
        try {
            recoverFolder(checkpointDir.resolve(LAST));
        } catch (IOException e) {
            return false;
        }
        return Files.isRegularFile(checkpointDir.resolve(LAST).resolve(STATE_FILE));
    }

    /** Fills a folder's new contents. */
    @FunctionalInterface
    public interface FolderWriter {
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Replaces {@code dir} with what {@code writer} puts in a sibling temp folder, by renames, so a crash leaves
     * either the old folder or the new one, never half of one. Between the two renames the old folder waits under
     * {@code .NAME.old-*}: {@link #recoverFolder} (run by readers and by the next write) puts it back.
     */
    public static void replaceFolder(Path dir, FolderWriter writer) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        recoverFolder(dir);
        Path temp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".tmp-");
        try {
            writer.writeInto(temp);
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
        Path old = null;
        if (Files.exists(dir)) {
            old = parent.resolve("." + dir.getFileName() + ".old-" + System.nanoTime());
            Files.move(dir, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            // renamed first, so that a half-deleted folder never carries the .old- name recovery looks for
            Path trash = parent.resolve("." + dir.getFileName() + ".trash-" + System.nanoTime());
            Files.move(old, trash, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            deleteTree(trash);
        }
    }

    /**
     * Puts back the complete old folder that a save killed between its two renames left under {@code .NAME.old-*}
     * while {@code dir} itself is missing; does nothing otherwise.
     */
    public static void recoverFolder(Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        if (Files.exists(dir) || parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + dir.getFileName() + ".old-";
        try (var siblings = Files.list(parent)) {
            var old = siblings.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)).findFirst();
            if (old.isPresent()) {
                Files.move(old.get(), dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    public static Checkpoint read(Path dir) throws IOException {
        recoverFolder(dir);
        if (!Files.isRegularFile(dir.resolve(STATE_FILE))) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no checkpoint here (no " + STATE_FILE + ")");
        }
        Header header = JSON.readValue(dir.resolve(STATE_FILE).toFile(), Header.class);
        Map<String, float[]> tensors = TensorFile.read(dir.resolve(TENSOR_FILE));
        RouterWeights weights = RouterWeights.fromTensors(tensors, "", header.dimension(),
                header.config().hiddenFor(header.dimension()), header.llms().size(), dir.resolve(TENSOR_FILE));
        return new Checkpoint(header, weights, TensorFile.group(tensors, FIRST_MOMENTS), TensorFile.group(tensors, SECOND_MOMENTS));
    }

    static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
