package org.routerdc.workbench.finetune;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.files.AtomicFiles;
import org.routerdc.workbench.train.AdamW;
import org.routerdc.workbench.train.Checkpoint;
import org.routerdc.workbench.train.RouterWeights;
import org.routerdc.workbench.train.TrainingConfig;

/**
 * A fine-tuning run's state after an evaluation, enough to continue it bit for bit on a CPU: the trainable encoder
 * tensors, head and LLM vectors, both optimisers' moments, the step, the batch order and RNG, and the best step's
 * encoder tensors and head. A folder ({@code last}) of {@code state.json} and {@code tensors.safetensors}, replaced by
 * renames. Tensor names: {@code encoder/}, {@code encoder_m/}, {@code encoder_v/}, {@code best_encoder/} + the
 * encoder parameter's name; {@code head/}, {@code head_m/}, {@code head_v/}, {@code best_head/} + the head's.
 */
record FineTuneCheckpoint(State state, Map<String, float[]> tensors) {
    static final String LAST = Checkpoint.LAST;
    static final String ENCODER = "encoder/", ENCODER_M = "encoder_m/", ENCODER_V = "encoder_v/", BEST_ENCODER = "best_encoder/";
    static final String HEAD = "head/", HEAD_M = "head_m/", HEAD_V = "head_v/", BEST_HEAD = "best_head/";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /**
     * @param rows          training rows after the per-dataset cap, to check a resume gets the same data
     * @param encoderNames  the trainable encoder tensors, in training order
     */
    record State(TrainingConfig config, FineTuneConfig fineTune, List<String> llms, int dimension, int step,
                 long encoderAdamStep, long headAdamStep, long rngState, int rows, int[] batchOrder, int batchPosition,
                 List<String> encoderNames, int bestStep, double bestAverage, Map<String, Double> bestAccuracy,
                 double lastAverage) {}

    void write(Path dir) throws IOException {
        AtomicFiles.replaceFolder(dir, temp -> {
            JSON.writeValue(temp.resolve(Checkpoint.STATE_FILE).toFile(), state);
            Checkpoint.writeTensors(temp, tensors);
        });
    }

    static FineTuneCheckpoint read(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(Checkpoint.STATE_FILE))) {
            throw new java.nio.file.NoSuchFileException(dir + " (no fine-tuning checkpoint to resume from)");
        }
        State state = JSON.readValue(dir.resolve(Checkpoint.STATE_FILE).toFile(), State.class);
        return new FineTuneCheckpoint(state, Checkpoint.readTensors(dir));
    }

    RouterWeights head(String prefix) throws IOException {
        return RouterWeights.fromTensors(tensors, prefix, state.dimension(), state.config().hiddenFor(state.dimension()),
                state.llms().size(), "fine-tuning checkpoint");
    }

    /** Puts the saved encoder tensors into {@code encoderParameters} and both optimisers' state back. */
    void restore(List<Parameter> encoderParameters, AdamW encoderOptimiser, List<Parameter> headParameters,
                 AdamW headOptimiser, NDManager encoderManager, NDManager headManager) throws IOException {
        Map<String, float[]> saved = group(ENCODER);
        for (Parameter p : encoderParameters) {
            float[] values = saved.get(p.getName());
            if (values == null || values.length != p.getArray().size()) {
                throw new IOException("fine-tuning checkpoint: encoder tensor '" + p.getName() + "' missing or of another size");
            }
            p.getArray().set(values);
        }
        encoderOptimiser.restore(state.encoderAdamStep(), arrays(group(ENCODER_M), encoderParameters, encoderManager),
                arrays(group(ENCODER_V), encoderParameters, encoderManager));
        headOptimiser.restore(state.headAdamStep(), arrays(group(HEAD_M), headParameters, headManager),
                arrays(group(HEAD_V), headParameters, headManager));
    }

    /** Every optimiser moment of {@code parameters} as an array of the parameter's shape. */
    private static Map<String, NDArray> arrays(Map<String, float[]> moments, List<Parameter> parameters, NDManager manager)
            throws IOException {
        Map<String, NDArray> out = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            float[] values = moments.get(p.getName());
            if (values == null) {
                continue; // not updated yet when the checkpoint was written
            }
            if (values.length != p.getArray().size()) {
                throw new IOException("fine-tuning checkpoint: optimiser state of '" + p.getName() + "' is of another size");
            }
            out.put(p.getName(), manager.create(values, p.getArray().getShape()));
        }
        return out;
    }

    /** The tensors whose names start with {@code prefix}, keyed by the rest of the name. */
    Map<String, float[]> group(String prefix) {
        return Checkpoint.group(tensors, prefix);
    }
}
