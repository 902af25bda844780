package org.routerdc.workbench.finetune;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every initializer of a BERT ONNX export its Hugging Face name. Named ones (biases, LayerNorm, embeddings) keep
 * theirs; anonymous MatMul operands ("onnx::MatMul_1234") are named by following the data flow to the bias Add after
 * them, or failing that from the MatMul node's scope name ("/encoder/layer.3/attention/self/query/MatMul").
 */
final class OnnxBertNameMapper {
    private static final Pattern MATMUL_SCOPE = Pattern.compile("^/(encoder/layer\\.\\d+/.+)/MatMul$");

    record Mapping(Map<String, OnnxWeightSource> sources, List<String> problems) {}

    private final Map<String, List<OnnxNode>> consumers = new HashMap<>();

    private OnnxBertNameMapper(OnnxModelFile model) {
        for (OnnxNode node : model.nodes()) {
            for (String input : node.inputs()) {
                consumers.computeIfAbsent(input, k -> new ArrayList<>()).add(node);
            }
        }
    }

    static Mapping map(OnnxModelFile model) {
        OnnxBertNameMapper mapper = new OnnxBertNameMapper(model);
        Map<String, OnnxWeightSource> sources = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (OnnxInitializer init : model.initializers().values()) {
            Optional<String> hfName = isHuggingFaceName(init.name()) ? Optional.of(init.name()) : mapper.matMulWeightName(init);
            if (hfName.isEmpty()) {
                problems.add("unmapped initializer " + init.name() + " " + init.shapeText() + " used by "
                        + mapper.consumers.getOrDefault(init.name(), List.of()).stream().map(OnnxNode::name).toList());
                continue;
            }
            OnnxWeightSource previous = sources.put(hfName.get(), new OnnxWeightSource(init.name(), !hfName.get().equals(init.name())));
            if (previous != null) {
                problems.add(hfName.get() + " is mapped twice: from " + previous.initializer() + " and " + init.name());
            }
        }
        return new Mapping(sources, problems);
    }

    private static boolean isHuggingFaceName(String name) {
        return name.startsWith("embeddings.") || name.startsWith("encoder.layer.");
    }

    private Optional<String> matMulWeightName(OnnxInitializer init) {
        List<OnnxNode> users = consumers.getOrDefault(init.name(), List.of());
        if (users.size() != 1 || !users.getFirst().opType().equals("MatMul") || init.dims().length != 2
                || !users.getFirst().inputs().get(1).equals(init.name())) {
            return Optional.empty();
        }
        OnnxNode matMul = users.getFirst();
        for (OnnxNode add : consumers.getOrDefault(matMul.outputs().getFirst(), List.of())) {
            if (add.opType().equals("Add")) {
                for (String input : add.inputs()) {
                    if (input.endsWith(".bias") && isHuggingFaceName(input)) {
                        return Optional.of(input.substring(0, input.length() - ".bias".length()) + ".weight");
                    }
                }
            }
        }
        Matcher scope = MATMUL_SCOPE.matcher(matMul.name());
        return scope.matches() ? Optional.of(scope.group(1).replace('/', '.') + ".weight") : Optional.empty();
    }
}
