package org.routerdc.workbench.finetune;

import org.routerdc.workbench.files.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A complete, shape-checked set of BERT encoder weights keyed by Hugging Face parameter name. */
public record BertWeights(BertConfig config, Map<String, Tensor> tensors) {
    public BertWeights {
        List<String> problems = problems(config, tensors);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("weights do not fit the config:\n  " + String.join("\n  ", problems));
        }
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    }

    public Tensor get(String name) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return t;
    }

    /** Names whose values differ from {@code other} (same config assumed). */
    public List<String> changedFrom(BertWeights other) {
        return tensors.keySet().stream().filter(n -> !get(n).sameValues(other.get(n))).toList();
    }

    /** Each missing, unexpected or mis-shaped parameter, one line each. */
    static List<String> problems(BertConfig config, Map<String, Tensor> tensors) {
        Map<String, long[]> expected = BertParameters.shapes(config);
        List<String> problems = new ArrayList<>();
        expected.forEach((name, shape) -> {
            Tensor t = tensors.get(name);
            if (t == null) {
                problems.add("missing " + name + " " + Arrays.toString(shape));
            } else if (!Arrays.equals(t.shape(), shape)) {
                problems.add(name + " has shape " + Arrays.toString(t.shape()) + ", config needs " + Arrays.toString(shape));
            }
        });
        tensors.keySet().stream().filter(n -> !expected.containsKey(n)).forEach(n -> problems.add("unexpected " + n));
        return problems;
    }
}
