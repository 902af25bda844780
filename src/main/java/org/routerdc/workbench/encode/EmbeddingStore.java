package org.routerdc.workbench.encode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * One append-only file of embeddings for one encoder key. Layout: magic "RDCEMB01", int dimension, then fixed-size
 * records (16-byte text key, dimension float32, CRC32 of both), little endian. A crash can leave a partial last record
 * (ignored, then overwritten by the next append) or a garbled one (its CRC fails, it is skipped).
 */
final class EmbeddingStore {
    private static final byte[] MAGIC = "RDCEMB01".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + Integer.BYTES;
    private final Path file;
    private final int dimension;
    private final int recordSize;

    EmbeddingStore(Path file, int dimension) {
        this.file = file;
        this.dimension = dimension;
        this.recordSize = TextKey.BYTES + dimension * Float.BYTES + Integer.BYTES;
    }

    /** Every valid record in the file; empty when the file is missing or its header is torn or foreign. */
    Map<TextKey, float[]> load() throws IOException {
        Map<TextKey, float[]> vectors = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return vectors;
        }
        ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (!headerValid(all)) {
            return vectors;
        }
        for (int at = HEADER; at + recordSize <= all.limit(); at += recordSize) {
            ByteBuffer record = all.slice(at, recordSize).order(ByteOrder.LITTLE_ENDIAN);
            if (crc(record, recordSize - Integer.BYTES) != record.getInt(recordSize - Integer.BYTES)) {
                continue;
            }
            TextKey key = TextKey.readFrom(record);
            float[] vector = new float[dimension];
            record.asFloatBuffer().get(vector);
            vectors.put(key, vector);
        }
        return vectors;
    }

    /** Appends records after the last whole record, under a file lock so two processes do not interleave. */
    void append(Map<TextKey, float[]> vectors) throws IOException {
        if (vectors.isEmpty()) {
            return;
        }
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(header, 0);
            long end;
            if (channel.size() < HEADER || !headerValid(header.flip())) {
                channel.truncate(0);
                channel.write(ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN).put(MAGIC).putInt(dimension).flip(), 0);
                end = HEADER;
            } else {
                end = HEADER + (channel.size() - HEADER) / recordSize * recordSize;
                channel.truncate(end);
            }
            ByteBuffer out = ByteBuffer.allocate(vectors.size() * recordSize).order(ByteOrder.LITTLE_ENDIAN);
            for (Map.Entry<TextKey, float[]> entry : vectors.entrySet()) {
                int start = out.position();
                entry.getKey().writeTo(out);
                for (float value : entry.getValue()) {
                    out.putFloat(value);
                }
                out.putInt(crc(out.slice(start, recordSize - Integer.BYTES), recordSize - Integer.BYTES));
            }
            out.flip();
            while (out.hasRemaining()) {
                end += channel.write(out, end);
            }
            channel.force(false);
        }
    }

    private boolean headerValid(ByteBuffer buffer) {
        if (buffer.limit() < HEADER) {
            return false;
        }
        return buffer.slice(0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))
                && buffer.order(ByteOrder.LITTLE_ENDIAN).getInt(MAGIC.length) == dimension;
    }

    private static int crc(ByteBuffer bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes.slice(0, length));
        return (int) crc.getValue();
    }

    Path file() {
        return file;
    }
}
