package org.routerdc.workbench.finetune;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routerdc.workbench.finetune.onnx.GraphProto;
import org.routerdc.workbench.finetune.onnx.ModelProto;
import org.routerdc.workbench.finetune.onnx.NodeProto;
import org.routerdc.workbench.finetune.onnx.StringStringEntryProto;
import org.routerdc.workbench.finetune.onnx.TensorProto;
import org.routerdc.workbench.finetune.onnx.ValueInfoProto;

/**
 * An ONNX model's graph, parsed by protobuf-java with the classes generated from {@code src/main/proto/onnx_graph.proto}.
 * A file is memory-mapped and its tensor bytes are aliased, not copied; values stored as external data are read
 * from the files next to the model.
 */
public final class OnnxModelFile {
    private final ModelProto model;
    private final Path folder;
    private final List<OnnxNode> nodes;
    private final Map<String, OnnxInitializer> initializers;

    private OnnxModelFile(ModelProto model, Path folder) {
        if (!model.hasGraph()) {
            throw new IllegalArgumentException("not an ONNX model: no graph");
        }
        this.model = model;
        this.folder = folder;
        GraphProto graph = model.getGraph();
        this.nodes = graph.getNodeList().stream().map(OnnxModelFile::node).toList();
        Map<String, OnnxInitializer> inits = new LinkedHashMap<>();
        graph.getInitializerList().forEach(t -> inits.put(t.getName(), OnnxInitializer.of(t)));
        this.initializers = Collections.unmodifiableMap(inits);
    }

    /** @throws IOException naming the file when it is not a readable ONNX model */
    public static OnnxModelFile read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            CodedInputStream in = CodedInputStream.newInstance(mapped);
            in.enableAliasing(true);
            return new OnnxModelFile(ModelProto.parseFrom(in), file.toAbsolutePath().getParent());
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
            throw new IOException(file + ": not a readable ONNX model: " + e.getMessage(), e);
        }
    }

    /** A model without a folder: external data cannot be resolved. */
    public static OnnxModelFile read(InputStream in) throws IOException {
        try {
            return new OnnxModelFile(ModelProto.parseFrom(in), null);
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
            throw new IOException("not a readable ONNX model: " + e.getMessage(), e);
        }
    }

    public long irVersion() { return model.getIrVersion(); }
    public String producer() { return model.getProducerName(); }
    public List<OnnxNode> nodes() { return nodes; }
    public Map<String, OnnxInitializer> initializers() { return initializers; }
    public List<String> inputs() { return model.getGraph().getInputList().stream().map(ValueInfoProto::getName).toList(); }
    public List<String> outputs() { return model.getGraph().getOutputList().stream().map(ValueInfoProto::getName).toList(); }

    public OnnxInitializer initializer(String name) {
        OnnxInitializer init = initializers.get(name);
        if (init == null) {
            throw new IllegalArgumentException("no initializer named '" + name + "'");
        }
        return init;
    }

    /** The values of a FLOAT initializer. */
    public float[] floats(String name) {
        return floats(initializer(name));
    }

    /** The values of a FLOAT tensor: raw_data, float_data (packed or not) or external data, all little-endian. */
    public float[] floats(OnnxInitializer init) {
        String name = init.name();
        if (init.dataType() != OnnxInitializer.FLOAT) {
            throw new IllegalArgumentException("initializer '" + name + "' is not a float tensor (type " + init.dataType() + ")");
        }
        long count = init.elementCount();
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("initializer '" + name + "' " + init.shapeText() + " has over 2^31 values");
        }
        TensorProto tensor = init.tensor();
        float[] values = new float[(int) count];
        if (tensor.getDataLocation() == OnnxInitializer.EXTERNAL) {
            external(init).asFloatBuffer().get(values);
        } else if (tensor.hasRawData()) {
            checkCount(init, tensor.getRawData().size() / 4);
            tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        } else {
            checkCount(init, tensor.getFloatDataCount());
            for (int i = 0; i < values.length; i++) {
                values[i] = tensor.getFloatData(i);
            }
        }
        return values;
    }

    private static void checkCount(OnnxInitializer init, long held) {
        if (held != init.elementCount()) {
            throw new IllegalArgumentException("initializer '" + init.name() + "' holds " + held + " floats, shape "
                    + init.shapeText() + " needs " + init.elementCount());
        }
    }

    /** The bytes of a tensor stored outside the model: {@code location} relative to the model file, offset, length. */
    private ByteBuffer external(OnnxInitializer init) {
        Map<String, String> info = new LinkedHashMap<>();
        for (StringStringEntryProto entry : init.tensor().getExternalDataList()) {
            info.put(entry.getKey(), entry.getValue());
        }
        String location = info.get("location");
        if (folder == null || location == null) {
            throw new IllegalArgumentException("initializer '" + init.name() + "' has external data "
                    + (location == null ? "without a location" : "but the model was not read from a file"));
        }
        Path file = folder.resolve(location).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalArgumentException("initializer '" + init.name() + "': external data " + location + " is outside the model's folder");
        }
        long offset = Long.parseLong(info.getOrDefault("offset", "0"));
        long length = Long.parseLong(info.getOrDefault("length", String.valueOf(init.elementCount() * 4)));
        if (length != init.elementCount() * 4) {
            throw new IllegalArgumentException("initializer '" + init.name() + "': external length " + length
                    + " does not hold shape " + init.shapeText());
        }
        try (FileChannel channel = FileChannel.open(file)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, offset, length).order(ByteOrder.LITTLE_ENDIAN);
        } catch (IOException e) {
            throw new IllegalArgumentException("initializer '" + init.name() + "': cannot read external data " + file + ": " + e.getMessage(), e);
        }
    }

    private static OnnxNode node(NodeProto node) {
        Map<String, OnnxInitializer> tensors = new LinkedHashMap<>();
        node.getAttributeList().stream().filter(a -> a.hasT()).forEach(a -> tensors.put(a.getName(), OnnxInitializer.of(a.getT())));
        return new OnnxNode(node.getName(), node.getOpType(), node.getDomain(), node.getInputList(), node.getOutputList(), tensors);
    }
}
