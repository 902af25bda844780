package org.routerdc.workbench.train;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.files.AtomicFiles;
import org.routerdc.workbench.files.Safetensors;
import org.routerdc.workbench.files.Tensor;

/**
 * One saved point of a training run, frozen or fine-tuning: a folder of {@code state.json} (what the run is and how
 * far it got) and {@code tensors.safetensors} (float32, bit-exact). {@link #LAST} holds everything needed to continue
 * bit for bit: each {@link ParameterGroup}'s tensors as {@code GROUP/NAME} and its AdamW moments as
 * {@code GROUP_m/NAME}, {@code GROUP_v/NAME}. {@link #BEST} holds the best step's tensors only. Every folder is
 * replaced whole. Checkpoints of older versions ({@code tensors.bin}, or another {@code state.json}) are refused with
 * a message.
 *
 * @param run      what the run is; the same in every checkpoint of it
 * @param progress how far it got
 * @param tensors  named flat arrays, in file order
 */
public record Checkpoint(Run run, Progress progress, Map<String, float[]> tensors) {
    public static final String LAST = "last";
    public static final String BEST = "best";
    public static final String STATE_FILE = "state.json";
    public static final String TENSOR_FILE = "tensors.safetensors";
    /** The mode name of a router trained over frozen embeddings. */
    public static final String FROZEN = "frozen";
    private static final String OLD_TENSOR_FILE = "tensors.bin";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /**
     * @param mode         {@link #FROZEN}, or the fine-tuning mode ({@code top-2}, {@code all})
     * @param modeSettings the mode's own settings as JSON (null for frozen)
     * @param rows         training rows (after the per-dataset cap), to check a resume gets the same data
     * @param dimension    embedding dimension
     * @param clusters     the cluster of each training row
     */
    public record Run(TrainingConfig config, String mode, JsonNode modeSettings, List<String> llms, int dimension,
                      int rows, int[] clusters) {
    }

    /**
     * @param optimiserSteps AdamW's step count per parameter group
     * @param batchOrder     this epoch's row order; {@code batchPosition} is where the next batch starts
     */
    public record Progress(int step, Map<String, Long> optimiserSteps, long rngState, int[] batchOrder,
                           int batchPosition, int bestStep, double bestAverage, Map<String, Double> bestAccuracy,
                           double lastAverage) {
        public TrainingMetrics metrics() {
            return new TrainingMetrics(bestStep, bestAverage, bestAccuracy, step, lastAverage);
        }
    }

    record State(Run run, Progress progress) {
    }

    /** The router head ({@link ParameterGroup#HEAD}) and LLM vectors. */
    public RouterWeights weights() throws IOException {
        return RouterWeights.fromParameterTensors(tensors, ParameterGroup.HEAD + "/", run.dimension(),
                run.config().hiddenFor(run.dimension()), run.llms().size(), "checkpoint");
    }

    public TrainedRouter router() throws IOException {
        return new TrainedRouter(run.llms(), weights(), run.config().temperature(), run.config(), progress.metrics());
    }

    /** Writes to a sibling temp folder first, then swaps it into place, so a crash never leaves half a checkpoint. */
    public void write(Path dir) throws IOException {
        AtomicFiles.replaceFolder(dir, temp -> {
            JSON.writeValue(temp.resolve(STATE_FILE).toFile(), new State(run, progress));
            Map<String, Tensor> out = new LinkedHashMap<>();
            tensors.forEach((name, values) -> out.put(name, Tensor.vector(values)));
            Safetensors.write(temp.resolve(TENSOR_FILE), out);
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

    public static Checkpoint read(Path dir) throws IOException {
        AtomicFiles.recoverFolder(dir);
        if (!Files.isRegularFile(dir.resolve(STATE_FILE))) {
            throw new NoSuchFileException(dir + " (no checkpoint to resume from)");
        }
        if (!Files.exists(dir.resolve(TENSOR_FILE)) && Files.exists(dir.resolve(OLD_TENSOR_FILE))) {
            throw olderVersion(dir, OLD_TENSOR_FILE);
        }
        State state;
        try {
            state = JSON.readValue(dir.resolve(STATE_FILE).toFile(), State.class);
        } catch (JacksonException e) {
            throw olderVersion(dir, STATE_FILE);
        }
        if (state.run() == null || state.progress() == null) {
            throw olderVersion(dir, STATE_FILE);
        }
        Map<String, float[]> tensors = new LinkedHashMap<>();
        Safetensors.read(dir.resolve(TENSOR_FILE)).forEach((name, tensor) -> tensors.put(name, tensor.values()));
        return new Checkpoint(state.run(), state.progress(), tensors);
    }

    private static IOException olderVersion(Path dir, String file) {
        return new IOException(dir.resolve(file) + ": not a checkpoint this version can read (written by an older "
                + "version?); start the run again without --resume");
    }
}
