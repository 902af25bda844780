package org.routerdc.workbench.finetune;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes an ONNX model with some initializers' data replaced. Every other byte is copied as read; only the changed
 * TensorProtos and the length prefixes of the graph field that encloses them are re-encoded.
 */
public final class OnnxModelRewriter {
    private static final int GRAPH_TAG = 7 << 3 | ProtoCursor.LENGTH_DELIMITED;
    private static final int INITIALIZER_TAG = 5 << 3 | ProtoCursor.LENGTH_DELIMITED;
    private static final int RAW_DATA_TAG = OnnxTensorHeader.RAW_DATA << 3 | ProtoCursor.LENGTH_DELIMITED;

    private OnnxModelRewriter() {}

    /** @param newRawData initializer name → little-endian bytes of the same element count and type */
    public static void write(OnnxModelFile model, Map<String, byte[]> newRawData, Path target) throws IOException {
        byte[] bytes = model.bytes();
        List<OnnxInitializer> changed = newRawData.keySet().stream().map(model::initializer)
                .sorted(Comparator.comparingInt(OnnxInitializer::fieldStart)).toList();
        byte[][] tensors = new byte[changed.size()][];
        long graphLength = model.graphEnd() - model.graphStart();
        for (int i = 0; i < changed.size(); i++) {
            OnnxInitializer init = changed.get(i);
            tensors[i] = encodeTensor(bytes, init, newRawData.get(init.name()));
            graphLength += fieldSize(tensors[i].length) - (init.messageEnd() - init.fieldStart());
        }
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 20)) {
            out.write(bytes, 0, model.graphFieldStart());
            writeVarint(out, GRAPH_TAG);
            writeVarint(out, graphLength);
            int copied = model.graphStart();
            for (int i = 0; i < changed.size(); i++) {
                OnnxInitializer init = changed.get(i);
                out.write(bytes, copied, init.fieldStart() - copied);
                writeVarint(out, INITIALIZER_TAG);
                writeVarint(out, tensors[i].length);
                out.write(tensors[i]);
                copied = init.messageEnd();
            }
            out.write(bytes, copied, bytes.length - copied);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies the TensorProto's fields, putting raw_data where the old data field was (field order is kept). */
    private static byte[] encodeTensor(byte[] bytes, OnnxInitializer init, byte[] raw) {
        if (init.storage() == OnnxInitializer.Storage.EXTERNAL || init.storage() == OnnxInitializer.Storage.NONE) {
            throw new IllegalArgumentException("initializer '" + init.name() + "' has no in-file data to replace");
        }
        long expected = init.dataEnd() - init.dataStart();
        if (init.storage() == OnnxInitializer.Storage.RAW_DATA ? raw.length != expected : raw.length != init.elementCount() * 4) {
            throw new IllegalArgumentException("initializer '" + init.name() + "' " + init.shapeText() + ": got "
                    + raw.length + " bytes, expected " + expected);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 256);
        ProtoCursor tensor = new ProtoCursor(bytes, init.messageStart(), init.messageEnd());
        while (tensor.hasNext()) {
            int tag = tensor.nextTag();
            int start = tensor.fieldStart();
            tensor.skip(tag);
            if (start <= init.dataStart() && init.dataStart() < tensor.position()) {
                writeVarint(out, RAW_DATA_TAG);
                writeVarint(out, raw.length);
                out.writeBytes(raw);
            } else {
                out.write(bytes, start, tensor.position() - start);
            }
        }
        return out.toByteArray();
    }

    private static long fieldSize(int length) {
        return varintSize(INITIALIZER_TAG) + varintSize(length) + length;
    }

    static int varintSize(long value) {
        int size = 1;
        while ((value & ~0x7fL) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }

    static void writeVarint(OutputStream out, long value) {
        try {
            while ((value & ~0x7fL) != 0) {
                out.write((int) (value & 0x7f) | 0x80);
                value >>>= 7;
            }
            out.write((int) value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
