package org.routerdc.workbench.finetune;

import org.routerdc.workbench.files.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Imports a BERT encoder's weights from an ONNX export into Hugging Face names and torch layout. */
public final class OnnxBertImporter {
    private OnnxBertImporter() {}

    /** The imported weights plus where each came from, which {@link OnnxWeightWriter} needs to write them back. */
    public record Imported(BertWeights weights, Map<String, OnnxWeightSource> sources) {
        public BertConfig config() {
            return weights.config();
        }
    }

    /** Infers the config from the graph. */
    public static Imported importModel(OnnxModelFile model) {
        OnnxBertNameMapper.Mapping mapping = OnnxBertNameMapper.map(model);
        failOn(mapping.problems());
        return importModel(model, OnnxBertConfigReader.infer(model, mapping.sources()));
    }

    /**
     * @throws IllegalArgumentException listing every unmapped initializer, missing parameter or shape mismatch
     */
    public static Imported importModel(OnnxModelFile model, BertConfig config) {
        OnnxBertNameMapper.Mapping mapping = OnnxBertNameMapper.map(model);
        List<String> problems = new ArrayList<>(mapping.problems());
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (String name : BertParameters.shapes(config).keySet()) {
            OnnxWeightSource source = mapping.sources().get(name);
            if (source != null) {
                OnnxInitializer init = model.initializer(source.initializer());
                Tensor t = new Tensor(init.dims(), model.floats(init));
                tensors.put(name, source.transposed() ? t.transposed() : t);
            }
        }
        mapping.sources().keySet().stream().filter(n -> !tensors.containsKey(n))
                .forEach(n -> problems.add("ONNX parameter " + n + " is not part of the config"));
        problems.addAll(BertWeights.problems(config, tensors));
        failOn(problems);
        return new Imported(new BertWeights(config, tensors), Map.copyOf(mapping.sources()));
    }

    private static void failOn(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot import the ONNX model as BERT:\n  " + String.join("\n  ", problems));
        }
    }
}
