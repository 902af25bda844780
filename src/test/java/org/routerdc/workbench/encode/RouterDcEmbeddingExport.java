package org.routerdc.workbench.encode;

import org.routerdc.workbench.data.NpyFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Utility (not a test): embeds every question of the RouterDC train and test files with the bundled encoder, in
 * sorted file order and row order, writing an .npy matrix and a labels .tsv (file name, row index).
 * Args: [datasetRoot=/work/shared/datasets/routerdc] [out=/work/bench/routerdc-bge.npy].
 */
public final class RouterDcEmbeddingExport {
    private RouterDcEmbeddingExport() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/work/shared/datasets/routerdc");
        Path npy = Path.of(args.length > 1 ? args[1] : "/work/bench/routerdc-bge.npy");
        List<String> texts = new ArrayList<>();
        StringBuilder labels = new StringBuilder();
        for (String split : List.of("train", "test")) {
            for (Path file : QuestionFiles.list(root.resolve(split))) {
                List<String> questions = QuestionFiles.read(file);
                for (int row = 0; row < questions.size(); row++) {
                    labels.append(file.getFileName()).append('\t').append(row).append('\n');
                }
                texts.addAll(questions);
            }
        }
        try (OnnxTextEncoder encoder = OnnxTextEncoder.bundled(EncoderOptions.defaults())) {
            System.out.println("encoding " + texts.size() + " questions on " + encoder.deviceDescription());
            long start = System.nanoTime();
            float[][] embeddings = encoder.encode(texts, (done, total, rate, eta) -> {
                if (done == total || done % 1024 < encoder.batchSize()) {
                    System.out.printf("%d/%d  %.1f q/s  eta %.0f s%n", done, total, rate, eta);
                }
            }, CancelCheck.NEVER);
            System.out.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
            Files.createDirectories(npy.getParent());
            NpyFile.write(npy, embeddings);
            Files.writeString(npy.resolveSibling(npy.getFileName().toString().replace(".npy", ".labels.tsv")), labels);
        }
    }
}
