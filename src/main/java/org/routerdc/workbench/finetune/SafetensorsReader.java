package org.routerdc.workbench.finetune;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a .safetensors file into float32 tensors, widening F16 and BF16. */
public final class SafetensorsReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SafetensorsReader() {}

    public static Map<String, WeightTensor> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer all = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()).order(ByteOrder.LITTLE_ENDIAN);
            long headerLength = all.getLong(0);
            if (headerLength < 2 || headerLength > channel.size() - 8) {
                throw new IOException(file + ": header length " + headerLength + " does not fit a " + channel.size() + "-byte file");
            }
            byte[] header = new byte[(int) headerLength];
            all.get(8, header);
            JsonNode entries = JSON.readTree(new String(header, StandardCharsets.UTF_8));
            ByteBuffer data = all.slice(8 + (int) headerLength, (int) (channel.size() - 8 - headerLength)).order(ByteOrder.LITTLE_ENDIAN);
            Map<String, WeightTensor> tensors = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("__metadata__")) {
                    tensors.put(e.getKey(), tensor(file, e.getKey(), e.getValue(), data));
                }
            }
            return tensors;
        }
    }

    private static WeightTensor tensor(Path file, String name, JsonNode entry, ByteBuffer data) throws IOException {
        String dtype = entry.path("dtype").asText();
        int width = switch (dtype) {
            case "F32" -> 4;
            case "F16", "BF16" -> 2;
            default -> throw new IOException(file + ": tensor '" + name + "': dtype " + dtype + " is not supported (F32, F16, BF16)");
        };
        long[] shape = new long[entry.path("shape").size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = entry.get("shape").get(i).asLong();
            count *= shape[i];
        }
        long begin = entry.path("data_offsets").path(0).asLong(-1), end = entry.path("data_offsets").path(1).asLong(-1);
        if (begin < 0 || end > data.capacity() || end - begin != count * width) {
            throw new IOException(file + ": tensor '" + name + "': data_offsets [" + begin + ", " + end
                    + "] do not hold " + count + " " + dtype + " values within " + data.capacity() + " data bytes");
        }
        float[] values = new float[(int) count];
        for (int i = 0; i < values.length; i++) {
            int at = (int) begin + i * width;
            values[i] = switch (dtype) {
                case "F32" -> data.getFloat(at);
                case "F16" -> Float.float16ToFloat(data.getShort(at));
                default -> Float.intBitsToFloat((data.getShort(at) & 0xffff) << 16); // bf16 is the top half of a float32
            };
        }
        return new WeightTensor(values, shape);
    }
}
