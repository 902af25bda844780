package org.routerdc.workbench.data;

import org.routerdc.workbench.files.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes 2-D float32 NumPy {@code .npy} files (format version 1.0, C order, little endian). */
public final class NpyFile {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\s*(\\d+)\\s*,?\\)");

    private NpyFile() {
    }

    public static void write(Path file, float[][] matrix) throws IOException {
        int rows = matrix.length;
        int cols = rows == 0 ? 0 : matrix[0].length;
        String header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }";
        int unpadded = MAGIC.length + 4 + header.length() + 1;
        header = header + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        String paddedHeader = header;
        AtomicFiles.write(file, tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                out.write(MAGIC);
                out.write(new byte[]{1, 0, (byte) (paddedHeader.length() & 0xff), (byte) (paddedHeader.length() >> 8)});
                out.write(paddedHeader.getBytes(StandardCharsets.US_ASCII));
                ByteBuffer row = ByteBuffer.allocate(cols * 4).order(ByteOrder.LITTLE_ENDIAN);
                for (float[] values : matrix) {
                    if (values.length != cols) {
                        throw new IllegalArgumentException("ragged matrix: row of " + values.length + " values, expected " + cols);
                    }
                    row.clear();
                    row.asFloatBuffer().put(values);
                    out.write(row.array());
                }
            }
        });
    }

    public static float[][] read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + ": not a NumPy .npy file");
            }
            int major = in.readUnsignedByte();
            in.readUnsignedByte();
            int headerLength = major == 1 ? readLittleEndian(in, 2) : readLittleEndian(in, 4);
            if (headerLength < 0) {
                throw new IOException(file + ": damaged .npy header length");
            }
            String header = new String(in.readNBytes(headerLength), StandardCharsets.US_ASCII);
            if (!header.contains("'<f4'")) {
                throw new IOException(file + ": expected float32 ('<f4') data, header is " + header.trim());
            }
            if (header.contains("'fortran_order': True")) {
                throw new IOException(file + ": Fortran-ordered arrays are not supported");
            }
            Matcher shape = SHAPE.matcher(header);
            if (!shape.find()) {
                throw new IOException(file + ": expected a 2-D array, header is " + header.trim());
            }
            long rows = parseDimension(shape.group(1));
            long cols = parseDimension(shape.group(2));
            // the shape must fit the bytes that are there: a damaged header must not allocate gigabytes
            long dataBytes = Files.size(file) - MAGIC.length - 2 - (major == 1 ? 2 : 4) - headerLength;
            if (rows < 0 || cols < 0 || cols > Integer.MAX_VALUE / 4 || rows * cols * 4 > dataBytes) {
                throw new IOException(file + ": the header's shape (" + shape.group(1) + ", " + shape.group(2)
                        + ") needs more data than the file holds");
            }
            float[][] matrix = new float[(int) rows][(int) cols];
            byte[] bytes = new byte[(int) cols * 4];
            for (float[] row : matrix) {
                in.readFully(bytes);
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(row);
            }
            return matrix;
        }
    }

    /** A dimension, or -1 when it is not a number that fits in an int. */
    private static long parseDimension(String digits) {
        try {
            return Integer.parseInt(digits.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int readLittleEndian(InputStream in, int bytes) throws IOException {
        int value = 0;
        for (int i = 0; i < bytes; i++) {
            value |= in.read() << (8 * i);
        }
        return value;
    }
}
