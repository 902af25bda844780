package org.routerdc.workbench.finetune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes a GraphProto: nodes (with tensor attributes), initializers located in the buffer, input/output names. */
final class OnnxGraphParser {
    // onnx.proto field numbers
    private static final int GRAPH_NODE = 1, GRAPH_INITIALIZER = 5, GRAPH_INPUT = 11, GRAPH_OUTPUT = 12;
    private static final int NODE_INPUT = 1, NODE_OUTPUT = 2, NODE_NAME = 3, NODE_OP = 4, NODE_DOMAIN = 7;
    private static final int NODE_ATTRIBUTE = 5, ATTRIBUTE_NAME = 1, ATTRIBUTE_TENSOR = 5;
    private static final int VALUE_INFO_NAME = 1;

    record Graph(List<OnnxNode> nodes, Map<String, OnnxInitializer> initializers, List<String> inputs, List<String> outputs) {}

    private final byte[] bytes;
    private final List<OnnxNode> nodes = new ArrayList<>();
    private final Map<String, OnnxInitializer> initializers = new LinkedHashMap<>();
    private final List<String> inputs = new ArrayList<>(), outputs = new ArrayList<>();

    private OnnxGraphParser(byte[] bytes) {
        this.bytes = bytes;
    }

    static Graph parse(byte[] bytes, int graphStart, int graphEnd) {
        OnnxGraphParser parser = new OnnxGraphParser(bytes);
        parser.parseGraph(graphStart, graphEnd);
        return new Graph(List.copyOf(parser.nodes), Collections.unmodifiableMap(parser.initializers),
                List.copyOf(parser.inputs), List.copyOf(parser.outputs));
    }

    private void parseGraph(int graphStart, int graphEnd) {
        ProtoCursor graph = new ProtoCursor(bytes, graphStart, graphEnd);
        while (graph.hasNext()) {
            int tag = graph.nextTag();
            switch (ProtoCursor.field(tag)) {
                case GRAPH_NODE -> nodes.add(parseNode(graph.readSpan()));
                case GRAPH_INITIALIZER -> {
                    int fieldStart = graph.fieldStart();
                    int[] span = graph.readSpan();
                    OnnxInitializer init = OnnxTensorHeader.parse(bytes, fieldStart, span[0], span[1]);
                    if (initializers.put(init.name(), init) != null) {
                        throw new IllegalStateException("duplicate initializer '" + init.name() + "'");
                    }
                }
                case GRAPH_INPUT -> inputs.add(valueInfoName(graph.readSpan()));
                case GRAPH_OUTPUT -> outputs.add(valueInfoName(graph.readSpan()));
                default -> graph.skip(tag);
            }
        }
    }

    private OnnxNode parseNode(int[] span) {
        ProtoCursor node = new ProtoCursor(bytes, span[0], span[1]);
        List<String> in = new ArrayList<>(), out = new ArrayList<>();
        Map<String, OnnxInitializer> tensors = new LinkedHashMap<>();
        String name = "", op = "", domain = "";
        while (node.hasNext()) {
            int tag = node.nextTag();
            switch (ProtoCursor.field(tag)) {
                case NODE_INPUT -> in.add(node.readString());
                case NODE_OUTPUT -> out.add(node.readString());
                case NODE_NAME -> name = node.readString();
                case NODE_OP -> op = node.readString();
                case NODE_DOMAIN -> domain = node.readString();
                case NODE_ATTRIBUTE -> parseTensorAttribute(node.readSpan(), tensors);
                default -> node.skip(tag);
            }
        }
        return new OnnxNode(name, op, domain, in, out, tensors);
    }

    /** Keeps an attribute only when it holds a tensor (Constant values carry head size and LayerNorm epsilon). */
    private void parseTensorAttribute(int[] span, Map<String, OnnxInitializer> tensors) {
        ProtoCursor attribute = new ProtoCursor(bytes, span[0], span[1]);
        String name = "";
        OnnxInitializer tensor = null;
        while (attribute.hasNext()) {
            int tag = attribute.nextTag();
            switch (ProtoCursor.field(tag)) {
                case ATTRIBUTE_NAME -> name = attribute.readString();
                case ATTRIBUTE_TENSOR -> {
                    int fieldStart = attribute.fieldStart();
                    int[] t = attribute.readSpan();
                    tensor = OnnxTensorHeader.parse(bytes, fieldStart, t[0], t[1]);
                }
                default -> attribute.skip(tag);
            }
        }
        if (tensor != null) {
            tensors.put(name, tensor);
        }
    }

    private String valueInfoName(int[] span) {
        ProtoCursor info = new ProtoCursor(bytes, span[0], span[1]);
        String name = "";
        while (info.hasNext()) {
            int tag = info.nextTag();
            if (ProtoCursor.field(tag) == VALUE_INFO_NAME) {
                name = info.readString();
            } else {
                info.skip(tag);
            }
        }
        return name;
    }
}
