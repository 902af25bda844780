package org.routerdc.workbench.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named float32 arrays in one file: magic "RDCT", count, then per array its UTF name, length and little-endian
 * floats. Exact (bit-for-bit) so resumed runs match uninterrupted ones.
 */
public final class TensorFile {
    private static final int MAGIC = 0x52444354;

    private TensorFile() {
    }

    public static void write(Path file, Map<String, float[]> tensors) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(MAGIC);
            out.writeInt(tensors.size());
            for (var entry : tensors.entrySet()) {
                out.writeUTF(entry.getKey());
                float[] values = entry.getValue();
                out.writeInt(values.length);
                ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                buffer.asFloatBuffer().put(values);
                out.write(buffer.array());
            }
        }
    }

    /** The tensors whose names start with {@code prefix}, keyed by the rest of the name, in file order. */
    public static Map<String, float[]> group(Map<String, float[]> tensors, String prefix) {
        Map<String, float[]> out = new java.util.LinkedHashMap<>();
        tensors.forEach((name, values) -> {
            if (name.startsWith(prefix)) {
                out.put(name.substring(prefix.length()), values);
            }
        });
        return out;
    }

    public static Map<String, float[]> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + ": not a router tensor file");
            }
            int count = in.readInt();
            Map<String, float[]> tensors = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > Files.size(file)) {
                    throw new IOException(file + ": tensor '" + name + "' has a corrupt length " + length);
                }
                byte[] bytes = in.readNBytes(length * 4);
                if (bytes.length != length * 4) {
                    throw new IOException(file + ": tensor '" + name + "' is truncated");
                }
                float[] values = new float[length];
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
                tensors.put(name, values);
            }
            return tensors;
        }
    }
}
