package org.routerdc.workbench.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.routerdc.workbench.files.AtomicFiles;
import org.routerdc.workbench.data.NpyFile;
import org.routerdc.workbench.tsne.DistanceMetric;
import org.routerdc.workbench.tsne.NeighbourPreservation;
import org.routerdc.workbench.tsne.Tsne;
import org.routerdc.workbench.tsne.TsneConfig;
import org.routerdc.workbench.tsne.TsneResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tsne}: a 2-D t-SNE map of an N×d float32 .npy, one {@code x,y} row per input row. */
@Command(name = "tsne", mixinStandardHelpOptions = true,
        description = "Embeds the rows of a float32 N×d .npy in 2-D with t-SNE (FFT interpolation or Barnes-Hut, "
                + "whichever is cheaper per iteration; exact below 1000 rows) "
                + "and writes one x,y row per input row.")
public final class TsneCommand implements Callable<Integer> {
    /** knn10 is averaged over at most this many query points (against all N), fixed seed; reported as knn10Sample. */
    static final int KNN_QUERIES = 2000;

    @Spec
    CommandSpec spec;

    @Option(names = "--embeddings", required = true, paramLabel = "FILE.npy", description = "float32 N×d .npy")
    Path embeddings;

    @Option(names = "--out", required = true, paramLabel = "MAP.csv", description = "where to write x,y rows (no header)")
    Path out;

    @Option(names = "--perplexity", defaultValue = "30", description = "default: ${DEFAULT-VALUE}; needs N > 3·perplexity")
    double perplexity;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "750",
            description = "iterations after the 250 early-exaggeration ones (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--metric", defaultValue = "cosine", description = "cosine or euclidean (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--json", description = "print {\"n\", \"seconds\", \"kl\", \"knn10\", \"knn10Sample\"} on stdout")
    boolean json;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TsneCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            DistanceMetric distance = DistanceMetric.parse(metric);
            float[][] data = read(embeddings);
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                // Checked before the run, not after minutes of optimisation.
                return fail("no such output folder: " + folder);
            }
            TsneConfig config = TsneConfig.defaults().withPerplexity(perplexity).withIterations(iterations)
                    .withSeed(seed).withMetric(distance);
            String problem = config.problemWith(data.length);
            if (problem != null) {
                return fail(embeddings + ": " + problem);
            }
            long start = System.nanoTime();
            TsneResult result = Tsne.run(data, config, (it, kl, layout) -> {
                if (!json && !Double.isNaN(kl)) {
                    err.printf(Locale.ROOT, "iteration %d  KL %.4f%n", it, kl);
                    err.flush();
                }
            }, () -> Thread.currentThread().isInterrupted());
            double seconds = (System.nanoTime() - start) / 1e9;
            writeCsv(out, result.xy());
            if (json) {
                NeighbourPreservation.Score knn = NeighbourPreservation.knn(data, result.xy(), 10, distance, KNN_QUERIES, seed);
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.printf(Locale.ROOT, "{\"n\":%d,\"seconds\":%.3f,\"kl\":%.6f,\"knn10\":%.6f,\"knn10Sample\":%d}%n",
                        data.length, seconds, result.kl(), knn.value(), knn.queries());
                stdout.flush();
            } else {
                err.printf(Locale.ROOT, "wrote %d rows to %s in %.1f s, KL %.4f%n", data.length, out, seconds, result.kl());
            }
            return 0;
        } catch (NoSuchFileException e) {
            return fail("no such file or folder: " + e.getMessage());
        } catch (IllegalArgumentException | IOException e) {
            return fail(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static float[][] read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        float[][] data;
        try {
            data = NpyFile.read(file);
        } catch (java.io.EOFException truncated) {
            throw new IOException(file + ": truncated (fewer values than its header declares)");
        }
        if (data.length == 0 || data[0].length == 0) {
            throw new IOException(file + ": empty array");
        }
        for (float[] row : data) {
            for (float v : row) {
                if (!Float.isFinite(v)) {
                    throw new IOException(file + ": contains NaN or infinite values");
                }
            }
        }
        return data;
    }

    private static void writeCsv(Path file, double[][] xy) throws IOException {
        AtomicFiles.write(file, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp)) {
                for (double[] p : xy) {
                    w.write(Double.toString(p[0]));
                    w.write(',');
                    w.write(Double.toString(p[1]));
                    w.write('\n');
                }
            }
        });
    }

    /** A user's mistake: one line on stderr (newlines in the reason folded) and the CLI's user-error exit code. */
    private int fail(String reason) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("tsne: " + reason.strip().replaceAll("\\s*\\R\\s*", " "));
        err.flush();
        return WorkbenchCli.USER_ERROR;
    }
}
