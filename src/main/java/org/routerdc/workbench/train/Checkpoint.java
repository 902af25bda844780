package org.routerdc.workbench.train;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.routerdc.workbench.files.AtomicFiles;
import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.files.Tensor;

/**
 * Everything needed to continue a run bit-for-bit: weights, optimiser moments, step, RNG state, the epoch's batch
 * order, the cluster of each training row, the best result so far and the config. Stored as a directory holding
 * {@code state.json} (all but the floats) and {@code tensors.safetensors} (named float32 arrays, bit-exact).
 * Checkpoints of versions that wrote {@code tensors.bin} cannot be resumed: they are refused with a message.
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
    public static final String TENSOR_FILE = "tensors.safetensors";
    private static final String OLD_TENSOR_FILE = "tensors.bin";
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
        AtomicFiles.replaceFolder(dir, temp -> {
            JSON.writeValue(temp.resolve(STATE_FILE).toFile(), header);
            Map<String, float[]> tensors = new LinkedHashMap<>(weights.toTensors(""));
            firstMoments.forEach((name, values) -> tensors.put(FIRST_MOMENTS + name, values));
            secondMoments.forEach((name, values) -> tensors.put(SECOND_MOMENTS + name, values));
            writeTensors(temp, tensors);
        });
    }

    /** Whether {@code checkpointDir} holds a {@code last/} checkpoint to resume from (frozen or fine-tuning). */
    public static boolean hasLast(Path checkpointDir) {
        try {
            AtomicFiles.recoverFolder(checkpointDir.resolve(LAST));
        } catch (IOException e) {
            return false;
        }
        return Files.isRegularFile(checkpointDir.resolve(LAST).resolve(STATE_FILE));
    }

    /** Writes named flat arrays as {@link #TENSOR_FILE} in {@code folder}. */
    public static void writeTensors(Path folder, Map<String, float[]> tensors) throws IOException {
        Map<String, Tensor> out = new LinkedHashMap<>();
        tensors.forEach((name, values) -> out.put(name, Tensor.vector(values)));
        Safetensors.write(folder.resolve(TENSOR_FILE), out);
    }

    /** The flat arrays of {@link #TENSOR_FILE} in {@code folder}, in file order. */
    public static Map<String, float[]> readTensors(Path folder) throws IOException {
        if (!Files.exists(folder.resolve(TENSOR_FILE)) && Files.exists(folder.resolve(OLD_TENSOR_FILE))) {
            throw new IOException(folder + ": this checkpoint was written by an older version (" + OLD_TENSOR_FILE
                    + ") and cannot be resumed; start the run again without --resume");
        }
        Map<String, float[]> tensors = new LinkedHashMap<>();
        Safetensors.read(folder.resolve(TENSOR_FILE)).forEach((name, tensor) -> tensors.put(name, tensor.values()));
        return tensors;
    }

    /** The tensors whose names start with {@code prefix}, keyed by the rest of the name, in file order. */
    public static Map<String, float[]> group(Map<String, float[]> tensors, String prefix) {
        Map<String, float[]> out = new LinkedHashMap<>();
        tensors.forEach((name, values) -> {
            if (name.startsWith(prefix)) {
                out.put(name.substring(prefix.length()), values);
            }
        });
        return out;
    }

    public static Checkpoint read(Path dir) throws IOException {
        AtomicFiles.recoverFolder(dir);
        if (!Files.isRegularFile(dir.resolve(STATE_FILE))) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no checkpoint here (no " + STATE_FILE + ")");
        }
        Header header = JSON.readValue(dir.resolve(STATE_FILE).toFile(), Header.class);
        Map<String, float[]> tensors = readTensors(dir);
        RouterWeights weights = RouterWeights.fromTensors(tensors, "", header.dimension(),
                header.config().hiddenFor(header.dimension()), header.llms().size(), dir.resolve(TENSOR_FILE));
        return new Checkpoint(header, weights, group(tensors, FIRST_MOMENTS), group(tensors, SECOND_MOMENTS));
    }
}
