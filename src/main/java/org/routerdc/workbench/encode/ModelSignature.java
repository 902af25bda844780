package org.routerdc.workbench.encode;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an encoder model takes and gives: which of the BERT inputs it declares (we feed exactly those) and the name
 * and hidden size ({@code -1} when dynamic) of its [batch, tokens, hidden] output.
 */
record ModelSignature(Set<String> inputs, String output, int declaredDimension) {
    private static final List<String> KNOWN_INPUTS = List.of("input_ids", "attention_mask", "token_type_ids");

    /** Reads the session's signature; IllegalArgumentException naming the model when it is not a text encoder. */
    static ModelSignature of(OrtSession session, Path model) throws OrtException {
        Set<String> inputs = session.getInputNames();
        for (String name : inputs) {
            if (!KNOWN_INPUTS.contains(name)) {
                throw new IllegalArgumentException(model + ": unsupported model input '" + name + "' (supported: " + KNOWN_INPUTS + ")");
            }
        }
        if (!inputs.contains("input_ids")) {
            throw new IllegalArgumentException(model + ": model has no 'input_ids' input");
        }
        Map<String, NodeInfo> outputs = session.getOutputInfo();
        String name = outputs.containsKey("last_hidden_state") ? "last_hidden_state" : outputs.keySet().iterator().next();
        if (!(outputs.get(name).getInfo() instanceof TensorInfo tensor) || tensor.getShape().length != 3) {
            throw new IllegalArgumentException(model + ": output '" + name + "' is not a [batch, tokens, hidden] tensor");
        }
        return new ModelSignature(Set.copyOf(inputs), name, (int) tensor.getShape()[2]);
    }

    boolean takes(String input) {
        return inputs.contains(input);
    }
}
