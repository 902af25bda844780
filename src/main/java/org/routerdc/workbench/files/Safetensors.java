package org.routerdc.workbench.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The safetensors format (8-byte little-endian header length, JSON header, raw little-endian data): the one tensor
 * file of the project, for router bundles, checkpoints, fine-tuned encoder weights and Hugging Face BERT folders.
 * Writes float32, so a write-read round trip is bit-exact; reads F32 and widens F16 and BF16.
 */
public final class Safetensors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METADATA = "__metadata__";
    private static final long MAX_HEADER = 100L << 20;

    private Safetensors() {
    }

    /** Writes {@code tensors} in map order, atomically (a crash leaves the old file or the new one). */
    public static void write(Path file, Map<String, Tensor> tensors, Map<String, String> metadata) throws IOException {
        ObjectNode header = JSON.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode meta = header.putObject(METADATA);
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
            long end = offset + 4L * entry.getValue().values().length;
            info.putArray("data_offsets").add(offset).add(end);
            offset = end;
        }
        byte[] headerBytes = JSON.writeValueAsBytes(header);
        int padding = (8 - headerBytes.length % 8) % 8; // keeps the data 8-byte aligned, as the reference writer does
        AtomicFiles.write(file, temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 20)) {
                out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(headerBytes.length + padding).array());
                out.write(headerBytes);
                out.write(" ".repeat(padding).getBytes(StandardCharsets.US_ASCII));
                ByteBuffer chunk = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
                for (Tensor tensor : tensors.values()) {
                    float[] values = tensor.values();
                    for (int from = 0; from < values.length; from += chunk.capacity() / 4) {
                        int count = Math.min(chunk.capacity() / 4, values.length - from);
                        chunk.clear();
                        chunk.asFloatBuffer().put(values, from, count);
                        out.write(chunk.array(), 0, count * 4);
                    }
                }
            }
        });
    }

    public static void write(Path file, Map<String, Tensor> tensors) throws IOException {
        write(file, tensors, Map.of());
    }

    /** Reads every tensor in file order; rejects anything malformed with a message naming the file and the tensor. */
    public static Map<String, Tensor> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size < 8) {
                throw new IOException(file + ": too short to be a safetensors file (" + size + " bytes)");
            }
            ByteBuffer all = channel.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
            long headerLength = all.getLong(0);
            if (headerLength < 2 || headerLength > MAX_HEADER || headerLength > size - 8) {
                throw new IOException(file + ": header length " + headerLength + " does not fit a " + size + "-byte safetensors file");
            }
            byte[] headerBytes = new byte[(int) headerLength];
            all.get(8, headerBytes);
            JsonNode header;
            try {
                header = JSON.readTree(headerBytes);
            } catch (JsonProcessingException e) {
                throw new IOException(file + ": the safetensors header is not JSON: " + e.getOriginalMessage());
            }
            if (header == null || !header.isObject()) {
                throw new IOException(file + ": the safetensors header is not a JSON object");
            }
            ByteBuffer data = all.slice(8 + (int) headerLength, (int) (size - 8 - headerLength)).order(ByteOrder.LITTLE_ENDIAN);
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : header.properties()) {
                if (!entry.getKey().equals(METADATA)) {
                    tensors.put(entry.getKey(), tensor(file, entry.getKey(), entry.getValue(), data));
                }
            }
            return tensors;
        }
    }

    private static Tensor tensor(Path file, String name, JsonNode info, ByteBuffer data) throws IOException {
        String where = file + ": tensor '" + name + "'";
        String dtype = info.path("dtype").asText();
        int width = switch (dtype) {
            case "F32" -> 4;
            case "F16", "BF16" -> 2;
            default -> throw new IOException(where + ": dtype " + dtype + " is not supported (F32, F16, BF16)");
        };
        JsonNode shapeNode = info.path("shape");
        if (!shapeNode.isArray()) {
            throw new IOException(where + ": no shape");
        }
        long[] shape = new long[shapeNode.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).asLong(-1);
            if (shape[i] < 0 || (shape[i] > 0 && count > Integer.MAX_VALUE / shape[i])) {
                throw new IOException(where + ": shape " + shapeNode + " is not a shape of at most 2^31 values");
            }
            count *= shape[i];
        }
        long begin = info.path("data_offsets").path(0).asLong(-1);
        long end = info.path("data_offsets").path(1).asLong(-1);
        if (begin < 0 || end > data.capacity() || end - begin != count * width) {
            throw new IOException(where + ": data_offsets [" + begin + ", " + end + "] do not hold " + count + " "
                    + dtype + " values within " + data.capacity() + " data bytes");
        }
        float[] values = new float[(int) count];
        if (width == 4) {
            data.slice((int) begin, (int) (end - begin)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        } else {
            for (int i = 0; i < values.length; i++) {
                short half = data.getShort((int) begin + 2 * i);
                // bf16 is the top half of a float32
                values[i] = dtype.equals("F16") ? Float.float16ToFloat(half) : Float.intBitsToFloat((half & 0xffff) << 16);
            }
        }
        return new Tensor(shape, values);
    }
}
