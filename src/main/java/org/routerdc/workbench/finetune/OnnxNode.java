package org.routerdc.workbench.finetune;

import java.util.List;
import java.util.Map;

/**
 * One graph node: enough to follow data flow from initializers to the op that consumes them. Only tensor-valued
 * attributes are kept (e.g. a Constant's value), located in the model buffer like initializers.
 */
public record OnnxNode(String name, String opType, String domain, List<String> inputs, List<String> outputs,
                       Map<String, OnnxInitializer> tensorAttributes) {
    public OnnxNode {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        tensorAttributes = Map.copyOf(tensorAttributes);
    }
}
