package org.routerdc.workbench.finetune;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ONNX model read with a hand-written protobuf subset (field numbers from onnx.proto). The whole file stays in
 * memory so that {@link OnnxModelRewriter} can copy every untouched byte when writing a model with new weights.
 */
public final class OnnxModelFile {
    // onnx.proto field numbers
    private static final int MODEL_IR_VERSION = 1, MODEL_PRODUCER = 2, MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1, GRAPH_INITIALIZER = 5, GRAPH_INPUT = 11, GRAPH_OUTPUT = 12;
    private static final int NODE_INPUT = 1, NODE_OUTPUT = 2, NODE_NAME = 3, NODE_OP = 4, NODE_DOMAIN = 7;
    private static final int NODE_ATTRIBUTE = 5, ATTRIBUTE_NAME = 1, ATTRIBUTE_TENSOR = 5;
    private static final int VALUE_INFO_NAME = 1;

    private final byte[] bytes;
    private long irVersion;
    private String producer = "";
    private int graphFieldStart = -1, graphStart, graphEnd;
    private final List<OnnxNode> nodes = new ArrayList<>();
    private final Map<String, OnnxInitializer> initializers = new LinkedHashMap<>();
    private final List<String> inputs = new ArrayList<>(), outputs = new ArrayList<>();

    private OnnxModelFile(byte[] bytes) {
        this.bytes = bytes;
        parseModel();
    }

    public static OnnxModelFile read(Path file) throws IOException {
        return new OnnxModelFile(Files.readAllBytes(file));
    }

    public static OnnxModelFile read(InputStream in) throws IOException {
        return new OnnxModelFile(in.readAllBytes());
    }

    public long irVersion() { return irVersion; }
    public String producer() { return producer; }
    public List<OnnxNode> nodes() { return Collections.unmodifiableList(nodes); }
    public Map<String, OnnxInitializer> initializers() { return Collections.unmodifiableMap(initializers); }
    public List<String> inputs() { return Collections.unmodifiableList(inputs); }
    public List<String> outputs() { return Collections.unmodifiableList(outputs); }

    byte[] bytes() { return bytes; }
    int graphFieldStart() { return graphFieldStart; }
    int graphStart() { return graphStart; }
    int graphEnd() { return graphEnd; }

    public OnnxInitializer initializer(String name) {
        OnnxInitializer init = initializers.get(name);
        if (init == null) {
            throw new IllegalArgumentException("no initializer named '" + name + "'");
        }
        return init;
    }

    /** The values of a FLOAT initializer stored in the file (raw_data or packed float_data, both little-endian). */
    public float[] floats(String name) {
        return floats(initializer(name));
    }

    /** The values of any float tensor located in this file (an initializer or a node's tensor attribute). */
    public float[] floats(OnnxInitializer init) {
        String name = init.name();
        if (init.dataType() != OnnxInitializer.FLOAT
                || (init.storage() != OnnxInitializer.Storage.RAW_DATA && init.storage() != OnnxInitializer.Storage.FLOAT_DATA)) {
            throw new IllegalArgumentException("initializer '" + name + "' is not an in-file float tensor (type "
                    + init.dataType() + ", " + init.storage() + ")");
        }
        int count = (init.dataEnd() - init.dataStart()) / 4;
        if (count != init.elementCount()) {
            throw new IllegalStateException("initializer '" + name + "' holds " + count + " floats, shape "
                    + init.shapeText() + " needs " + init.elementCount());
        }
        float[] values = new float[count];
        ByteBuffer.wrap(bytes, init.dataStart(), count * 4).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    private void parseModel() {
        ProtoCursor model = new ProtoCursor(bytes, 0, bytes.length);
        while (model.hasNext()) {
            int tag = model.nextTag();
            switch (ProtoCursor.field(tag)) {
                case MODEL_IR_VERSION -> irVersion = model.readVarint();
                case MODEL_PRODUCER -> producer = model.readString();
                case MODEL_GRAPH -> {
                    graphFieldStart = model.fieldStart();
                    int[] span = model.readSpan();
                    graphStart = span[0];
                    graphEnd = span[1];
                    parseGraph();
                }
                default -> model.skip(tag);
            }
        }
        if (graphFieldStart < 0) {
            throw new IllegalStateException("not an ONNX model: no graph field");
        }
    }

    private void parseGraph() {
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
