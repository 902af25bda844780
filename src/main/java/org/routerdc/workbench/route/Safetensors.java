package org.routerdc.workbench.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The safetensors format (8-byte little-endian header length, JSON header, raw little-endian data), float32 only,
 * which is all a router's weights need.
 */
public final class Safetensors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_HEADER = 100L << 20;

    private Safetensors() {
    }

    public static void write(Path file, Map<String, Tensor> tensors, Map<String, String> metadata) throws IOException {
        ObjectNode header = JSON.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode meta = header.putObject("__metadata__");
            metadata.forEach(meta::put);
        }
        long offset = 0;
        for (Map.Entry<String, Tensor> entry : tensors.entrySet()) {
            ObjectNode info = header.putObject(entry.getKey());
            info.put("dtype", "F32");
            var shape = info.putArray("shape");
            for (long dim : entry.getValue().shape()) {
                shape.add(dim);
            }
            long bytes = 4L * entry.getValue().values().length;
            info.putArray("data_offsets").add(offset).add(offset + bytes);
            offset += bytes;
        }
        byte[] headerBytes = JSON.writeValueAsBytes(header);
        int padding = (8 - headerBytes.length % 8) % 8; // keeps the data 8-byte aligned, as the reference writer does
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(headerBytes.length + padding).array());
            out.write(headerBytes);
            out.write(" ".repeat(padding).getBytes(StandardCharsets.US_ASCII));
            for (Tensor tensor : tensors.values()) {
                ByteBuffer data = ByteBuffer.allocate(4 * tensor.values().length).order(ByteOrder.LITTLE_ENDIAN);
                data.asFloatBuffer().put(tensor.values());
                out.write(data.array());
            }
        }
    }

    /** Reads every tensor; rejects anything malformed with a message naming the file and the tensor. */
    public static Map<String, Tensor> read(Path file) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] lengthBytes = in.readNBytes(8);
            if (lengthBytes.length < 8) {
                throw new IOException(file + ": too short to be a safetensors file");
            }
            long headerLength = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if (headerLength <= 0 || headerLength > MAX_HEADER) {
                throw new IOException(file + ": bad safetensors header length " + headerLength);
            }
            JsonNode header = JSON.readTree(in.readNBytes((int) headerLength));
            byte[] data = in.readAllBytes();
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = header.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getKey().equals("__metadata__")) {
                    tensors.put(entry.getKey(), tensor(file, entry.getKey(), entry.getValue(), data));
                }
            }
            return tensors;
        }
    }

    private static Tensor tensor(Path file, String name, JsonNode info, byte[] data) throws IOException {
        if (!"F32".equals(info.path("dtype").asText())) {
            throw new IOException(file + ": tensor '" + name + "' has dtype " + info.path("dtype").asText() + ", expected F32");
        }
        long[] shape = new long[info.path("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = info.path("shape").get(i).asLong();
        }
        long start = info.path("data_offsets").path(0).asLong(-1);
        long end = info.path("data_offsets").path(1).asLong(-1);
        if (start < 0 || end < start || end > data.length || (end - start) % 4 != 0) {
            throw new IOException(file + ": tensor '" + name + "' has data offsets outside the file");
        }
        float[] values = new float[(int) ((end - start) / 4)];
        ByteBuffer.wrap(data, (int) start, (int) (end - start)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        try {
            return new Tensor(shape, values);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": tensor '" + name + "': " + e.getMessage());
        }
    }
}
