// Real inputs for the t-SNE benchmark beyond 15k rows: every RouterDC question split into sentences/lines
// (newlines and sentence ends, ASCII and CJK), pieces of >= 5 words kept (a CJK character counts as one word),
// exact duplicates dropped in first-seen order, embedded with the bundled bge-small encoder through the embedding cache.
// Writes OUT.npy (float32 N x 384, L2-normalised) and OUT.txt (one piece per line, newlines never occur in pieces).
// Run (source launcher, compiled project on the class path):
//   java -cp target/classes:$(cat cp.txt) bench/SentenceEmbeddings.java /work/shared/datasets/routerdc /work/bench/routerdc-sentences-bge [CACHE_DIR]
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.routerdc.workbench.data.NpyFile;
import org.routerdc.workbench.encode.CacheDirs;
import org.routerdc.workbench.encode.CancelCheck;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.encode.EncoderOptions;
import org.routerdc.workbench.encode.OnnxTextEncoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class SentenceEmbeddings {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u3002\uff01\uff1f])\\s*");
    private static final Pattern CJK = Pattern.compile("[\u3400-\u9fff\uf900-\ufaff]");
    private static final Pattern WORD = Pattern.compile("\\S+");

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path cache = args.length > 2 ? Path.of(args[2]) : CacheDirs.embeddings();
        List<String> pieces = pieces(root);
        System.out.println(pieces.size() + " distinct pieces of >= 5 words");
        Files.write(Path.of(out + ".txt"), pieces);
        long start = System.nanoTime();
        try (OnnxTextEncoder encoder = OnnxTextEncoder.bundled(EncoderOptions.defaults())) {
            float[][] vectors = new EmbeddingCache(cache).encode(encoder, pieces,
                    (done, total, rate, eta) -> System.out.printf("%d / %d after %.0f s (%.0f/s)%n", done, total,
                            (System.nanoTime() - start) / 1e9, rate),
                    CancelCheck.NEVER);
            NpyFile.write(Path.of(out + ".npy"), vectors);
            System.out.printf("wrote %d x %d in %.0f s%n", vectors.length, vectors[0].length, (System.nanoTime() - start) / 1e9);
        }
    }

    static List<String> pieces(Path root) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Set<String> seen = new LinkedHashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            for (JsonNode row : json.readTree(file.toFile())) {
                for (String line : row.get("question").asText().split("\n")) {
                    for (String piece : SENTENCE_END.split(line)) {
                        String p = piece.strip();
                        if (words(p) >= 5) {
                            seen.add(p);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(seen);
    }

    static int words(String text) {
        Matcher cjk = CJK.matcher(text);
        int count = 0;
        while (cjk.find()) {
            count++;
        }
        Matcher word = WORD.matcher(CJK.matcher(text).replaceAll(" "));
        while (word.find()) {
            count++;
        }
        return count;
    }
}
