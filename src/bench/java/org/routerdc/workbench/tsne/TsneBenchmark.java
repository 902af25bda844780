package org.routerdc.workbench.tsne;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our side of bench/tsne_vs_sklearn.sh: runs t-SNE with the defaults on a float32 .npy slice, then scores our
 * layout and (optionally) scikit-learn's on the SAME P (exact KL) and with the same 10-NN preservation code.
 * Usage: {@code TsneBenchmark SLICE.npy OURS.csv [SKLEARN.csv SKLEARN_SECONDS SKLEARN_OWN_KL SKLEARN_CPU]};
 * prints markdown table rows (wall and process CPU seconds).
 * Plain JDK only (this package imports nothing else), hence its own minimal .npy reader.
 */
public final class TsneBenchmark {
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\s*(\\d+)\\s*,?\\)");

    private TsneBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        float[][] data = readNpy(Path.of(args[0]));
        TsneConfig config = TsneConfig.defaults();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        TsneResult ours = Tsne.run(data, config, TsneListener.NONE, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        writeCsv(Path.of(args[1]), ours.xy());
        try (Workers workers = new Workers(0)) {
            SparseAffinities p = Input.prepare(data, config, workers, () -> false).affinities();
            row(data, "ours", seconds, cpu, KlDivergence.exact(p, Layouts.flatten(ours.xy()), workers), ours.kl(), ours.xy());
            if (args.length >= 6) {
                double[][] theirs = readCsv(Path.of(args[2]));
                row(data, "sklearn", Double.parseDouble(args[3]), Double.parseDouble(args[5]),
                        KlDivergence.exact(p, Layouts.flatten(theirs), workers), Double.parseDouble(args[4]), theirs);
            }
        }
    }

    private static void row(float[][] data, String tool, double seconds, double cpu, double samePKl, double ownKl,
                            double[][] xy) {
        NeighbourPreservation.Score knn = NeighbourPreservation.knn(data, xy, 10, DistanceMetric.COSINE, 2000, 1);
        System.out.printf(Locale.ROOT, "| %6d | %-7s | %8.1f | %8.1f | %8.4f | %8.4f | %6.4f (%d queries) |%n",
                data.length, tool, seconds, cpu, samePKl, ownKl, knn.value(), knn.queries());
    }

    static float[][] readNpy(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            byte[] magic = in.readNBytes(8);
            if (magic.length < 8 || magic[1] != 'N' || magic[0] != (byte) 0x93) {
                throw new IOException(file + ": not a .npy file");
            }
            int headerLength = magic[6] == 1
                    ? Short.toUnsignedInt(Short.reverseBytes(in.readShort()))
                    : Integer.reverseBytes(in.readInt());
            String header = new String(in.readNBytes(headerLength), StandardCharsets.US_ASCII);
            Matcher shape = SHAPE.matcher(header);
            if (!header.contains("'<f4'") || header.contains("'fortran_order': True") || !shape.find()) {
                throw new IOException(file + ": expected a 2-D little-endian float32 array, header " + header.trim());
            }
            int rows = Integer.parseInt(shape.group(1));
            int cols = Integer.parseInt(shape.group(2));
            float[][] x = new float[rows][cols];
            byte[] bytes = new byte[cols * 4];
            for (float[] row : x) {
                in.readFully(bytes);
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(row);
            }
            return x;
        }
    }

    private static double[][] readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        double[][] xy = new double[lines.size()][2];
        for (int i = 0; i < xy.length; i++) {
            String[] parts = lines.get(i).split(",");
            xy[i][0] = Double.parseDouble(parts[0]);
            xy[i][1] = Double.parseDouble(parts[1]);
        }
        return xy;
    }

    private static void writeCsv(Path file, double[][] xy) throws IOException {
        StringBuilder out = new StringBuilder();
        for (double[] p : xy) {
            out.append(p[0]).append(',').append(p[1]).append('\n');
        }
        Files.writeString(file, out);
    }
}
