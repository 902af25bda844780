package org.routerdc.workbench.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsTensorsAndWritesTheReferenceLayout() throws IOException {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("w", Tensor.matrix(new float[][]{{1, 2, 3}, {4, 5, 6}}));
        tensors.put("b", Tensor.vector(new float[]{-0.5f}));
        Path file = dir.resolve("x.safetensors");
        Safetensors.write(file, tensors, Map.of("format", "pt"));

        Map<String, Tensor> back = Safetensors.read(file);
        assertThat(back.get("w").toMatrix()).isDeepEqualTo(new float[][]{{1, 2, 3}, {4, 5, 6}});
        assertThat(back.get("b").values()).containsExactly(-0.5f);

        byte[] bytes = Files.readAllBytes(file);
        long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        String header = new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8);
        assertThat(header).contains("\"w\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}");
        assertThat(bytes.length).isEqualTo(8 + headerLength + 28);
        // First value of w, little-endian float 1.0 right after the header.
        assertThat(ByteBuffer.wrap(bytes, 8 + (int) headerLength, 4).order(ByteOrder.LITTLE_ENDIAN).getFloat()).isEqualTo(1f);
    }

    @Test
    void rejectsTruncatedData() throws IOException {
        Path file = dir.resolve("x.safetensors");
        Safetensors.write(file, Map.of("w", Tensor.vector(new float[]{1, 2, 3, 4})), Map.of());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 4));
        assertThatThrownBy(() -> Safetensors.read(file)).isInstanceOf(IOException.class).hasMessageContaining("'w'");
    }

    @Test
    void roundTripsEveryBitPatternExactly() throws IOException {
        float[] odd = {-0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY,
                Float.intBitsToFloat(0x7fc00001), Float.intBitsToFloat(0xffa12345), 1e-40f, (float) Math.PI};
        Path file = dir.resolve("bits.safetensors");
        Safetensors.write(file, Map.of("odd", new Tensor(new long[] {2, 4}, odd)));
        float[] back = Safetensors.read(file).get("odd").values();
        for (int i = 0; i < odd.length; i++) {
            assertThat(Float.floatToRawIntBits(back[i])).as("value %d", i).isEqualTo(Float.floatToRawIntBits(odd[i]));
        }
    }

    @Test
    void namesTheFileWhenTheHeaderIsNotJson() throws IOException {
        Path file = dir.resolve("junk.safetensors");
        byte[] bytes = new byte[20];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(12).put("{not json!!}".getBytes(StandardCharsets.US_ASCII));
        Files.write(file, bytes);
        assertThatThrownBy(() -> Safetensors.read(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ": the safetensors header is not JSON");
    }
}
