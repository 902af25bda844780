package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameters that train under one AdamW, as a checkpoint saves and restores them: values as {@code NAME/param},
 * moments as {@code NAME_m/param} and {@code NAME_v/param}, in the parameters' storage layout (bit-exact).
 *
 * @param name       the tensor-name prefix, e.g. {@link #HEAD} or {@link #ENCODER}
 * @param parameters the trainable parameters, in a fixed order
 * @param optimiser  their optimiser
 * @param manager    owns restored optimiser state; it must live as long as the optimiser
 */
public record ParameterGroup(String name, List<Parameter> parameters, AdamW optimiser, NDManager manager) {
    /** The residual head and LLM vectors. */
    public static final String HEAD = "head";
    /** The trainable part of a fine-tuned encoder. */
    public static final String ENCODER = "encoder";

    /** Copies of the current values, added to {@code out}. */
    public void saveValues(Map<String, float[]> out) {
        for (Parameter p : parameters) {
            out.put(name + "/" + p.getName(), p.getArray().toFloatArray());
        }
    }

    /** The optimiser's moments, added to {@code out} (a parameter not yet updated has none). */
    public void saveOptimiser(Map<String, float[]> out) {
        optimiser.firstMoments().forEach((param, m) -> out.put(name + "_m/" + param, m.toFloatArray()));
        optimiser.secondMoments().forEach((param, v) -> out.put(name + "_v/" + param, v.toFloatArray()));
    }

    /** Sets every parameter to its value in {@code tensors}; names what is missing or of another size. */
    public void restoreValues(Map<String, float[]> tensors) throws IOException {
        for (Parameter p : parameters) {
            p.getArray().set(need(tensors, name + "/", p));
        }
    }

    /** Puts the optimiser's step count and moments back. */
    public void restoreOptimiser(Map<String, float[]> tensors, long stepCount) throws IOException {
        Map<String, NDArray> first = new LinkedHashMap<>();
        Map<String, NDArray> second = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            if (tensors.containsKey(name + "_m/" + p.getName())) {
                first.put(p.getName(), manager.create(need(tensors, name + "_m/", p), p.getArray().getShape()));
                second.put(p.getName(), manager.create(need(tensors, name + "_v/", p), p.getArray().getShape()));
            }
        }
        optimiser.restore(stepCount, first, second);
    }

    private static float[] need(Map<String, float[]> tensors, String prefix, Parameter p) throws IOException {
        float[] values = tensors.get(prefix + p.getName());
        if (values == null || values.length != p.getArray().size()) {
            throw new IOException("checkpoint: tensor '" + prefix + p.getName() + "' missing or of another size");
        }
        return values;
    }
}
