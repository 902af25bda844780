package org.routerdc.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.data.NpyFile;
import picocli.CommandLine;

class TsneCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TsneCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path embeddings(int n, int d) throws Exception {
        Random r = new Random(1);
        float[][] x = new float[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i][k] = (float) ((i % 3 == k % 3 ? 3 : 0) + r.nextGaussian());
            }
        }
        Path file = dir.resolve("e.npy");
        NpyFile.write(file, x);
        return file;
    }

    @Test
    void writesOneRowPerInputAndJson() throws Exception {
        Path in = embeddings(150, 12);
        Path out = dir.resolve("map.csv");
        Run r = run("--embeddings", in.toString(), "--out", out.toString(), "--iterations", "100", "--perplexity", "10",
                "--metric", "euclidean", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(150).allMatch(line -> line.matches("-?[0-9.E-]+,-?[0-9.E-]+"));
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("n").asInt()).isEqualTo(150);
        assertThat(json.get("seconds").asDouble()).isPositive();
        assertThat(json.get("kl").asDouble()).isPositive();
        assertThat(json.get("knn10").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("knn10Sample").asInt()).isEqualTo(150);
        assertThat(r.err()).doesNotContain("iteration");
    }

    @Test
    void badInputsFailWithOneLine() throws Exception {
        Run missing = run("--embeddings", dir.resolve("nope.npy").toString(), "--out", dir.resolve("m.csv").toString());
        assertThat(missing.code()).isEqualTo(WorkbenchCli.USER_ERROR);
        assertThat(missing.err().strip()).startsWith("tsne: ").contains("nope.npy").doesNotContain("\n");

        Path text = dir.resolve("text.npy");
        Files.writeString(text, "not numpy");
        Run notNpy = run("--embeddings", text.toString(), "--out", dir.resolve("m.csv").toString());
        assertThat(notNpy.code()).isEqualTo(WorkbenchCli.USER_ERROR);
        assertThat(notNpy.err()).contains("not a NumPy");

        Path small = embeddings(40, 4);
        Run tooSmall = run("--embeddings", small.toString(), "--out", dir.resolve("m.csv").toString());
        assertThat(tooSmall.code()).isEqualTo(WorkbenchCli.USER_ERROR);
        assertThat(tooSmall.err().strip()).contains("perplexity 30.0 is too large for 40 points").doesNotContain("\n");

        Run badMetric = run("--embeddings", small.toString(), "--out", dir.resolve("m.csv").toString(), "--metric", "dot");
        assertThat(badMetric.code()).isEqualTo(WorkbenchCli.USER_ERROR);
        assertThat(badMetric.err()).contains("cosine or euclidean");

        Path truncated = dir.resolve("truncated.npy");
        byte[] whole = Files.readAllBytes(small);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 10));
        Run cut = run("--embeddings", truncated.toString(), "--out", dir.resolve("m.csv").toString());
        assertThat(cut.code()).isEqualTo(WorkbenchCli.USER_ERROR);
        assertThat(cut.err().strip()).startsWith("tsne: ").contains("truncated").doesNotContain("\n");

        Path nan = dir.resolve("nan.npy");
        NpyFile.write(nan, new float[][]{{1, Float.NaN}, {0, 1}});
        Run notFinite = run("--embeddings", nan.toString(), "--out", dir.resolve("m.csv").toString());
        assertThat(notFinite.code()).isEqualTo(WorkbenchCli.USER_ERROR);
        assertThat(notFinite.err().strip()).contains("NaN").doesNotContain("\n");

        Path ok = embeddings(150, 12);
        Run noFolder = run("--embeddings", ok.toString(), "--out", dir.resolve("no/such/dir/m.csv").toString(),
                "--iterations", "10", "--perplexity", "10");
        assertThat(noFolder.code()).isEqualTo(WorkbenchCli.USER_ERROR);
        assertThat(noFolder.err().strip()).startsWith("tsne: no such output folder").doesNotContain("\n");
    }
}
