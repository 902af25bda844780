package org.routerdc.workbench.finetune;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An ONNX model read with a hand-written protobuf subset (field numbers from onnx.proto). The whole file stays in
 * memory so that {@link OnnxModelRewriter} can copy every untouched byte when writing a model with new weights.
 */
public final class OnnxModelFile {
    // onnx.proto field numbers
    private static final int MODEL_IR_VERSION = 1, MODEL_PRODUCER = 2, MODEL_GRAPH = 7;

    private final byte[] bytes;
    private long irVersion;
    private String producer = "";
    private int graphFieldStart = -1, graphStart, graphEnd;
    private OnnxGraphParser.Graph graph;

    private OnnxModelFile(byte[] bytes) {
        this.bytes = bytes;
        parseModel();
    }

    /** @throws IOException naming the file and the byte offset where the protobuf stops making sense */
    public static OnnxModelFile read(Path file) throws IOException {
        try {
            return new OnnxModelFile(Files.readAllBytes(file));
        } catch (IllegalStateException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public static OnnxModelFile read(InputStream in) throws IOException {
        return new OnnxModelFile(in.readAllBytes());
    }

    public long irVersion() { return irVersion; }
    public String producer() { return producer; }
    public List<OnnxNode> nodes() { return graph.nodes(); }
    public Map<String, OnnxInitializer> initializers() { return graph.initializers(); }
    public List<String> inputs() { return graph.inputs(); }
    public List<String> outputs() { return graph.outputs(); }

    byte[] bytes() { return bytes; }
    int graphFieldStart() { return graphFieldStart; }
    int graphStart() { return graphStart; }
    int graphEnd() { return graphEnd; }

    public OnnxInitializer initializer(String name) {
        OnnxInitializer init = graph.initializers().get(name);
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
                    graph = OnnxGraphParser.parse(bytes, graphStart, graphEnd);
                }
                default -> model.skip(tag);
            }
        }
        if (graphFieldStart < 0) {
            throw new IllegalStateException("not an ONNX model: no graph field");
        }
    }
}
