package org.routerdc.workbench.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Load-speed benchmark (not a test): writes N-row (default 100 000) RouterDC JSON, JSON Lines and wide CSV files
 * with 7 LLMs to a temporary folder, loads each a few times and prints wall time and peak heap.
 * Run: {@code java -cp target/classes:<deps> org.routerdc.workbench.data.LoadBenchmark [rows]}.
 */
public final class LoadBenchmark {
    private static final List<String> LLMS = List.of("mistral-7b", "metamath-mistral-7b", "chinese-mistral-7b",
            "zephyr-7b-beta", "dolphin-2.6-mistral-7b", "llama-3-8b", "dolphin-2.9-llama3-8b");
    private static final String[] WORDS = ("the a of to in and is how many what which train apple market cost "
            + "function return list integer prime river capital year author energy force answer question "
            + "following choose correct value sum each every dollars hours miles").split(" ");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("load-benchmark");
        try {
            Path json = dir.resolve("bench.json"), jsonl = dir.resolve("bench.jsonl"), csv = dir.resolve("bench.csv");
            write(rows, json, jsonl, csv);
            System.out.printf(Locale.ROOT, "%d rows x %d LLMs; max heap %d MiB; %d cores%n", rows, LLMS.size(),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            for (Path file : List.of(json, jsonl, csv)) {
                for (int run = 1; run <= 3; run++) {
                    measure(file, run);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void measure(Path file, int run) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ScoreTable table = ScoreTables.read(file, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "%-12s %5.1f MiB  run %d: %6.3f s  %8.0f rows/s  peak heap %4d MiB"
                        + "  retained %4d MiB (%d rows)%n", file.getFileName(), Files.size(file) / 1048576.0, run,
                seconds, table.size() / seconds, peak >> 20, retained >> 20, table.size());
    }

    private static void write(int rows, Path json, Path jsonl, Path csv) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter a = Files.newBufferedWriter(json, StandardCharsets.UTF_8);
             BufferedWriter l = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
             BufferedWriter c = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            a.write("[");
            c.write(",sample_id,prompt,eval_name," + String.join(",", LLMS) + ","
                    + String.join(",", LLMS.stream().map(m -> m + "|total_cost").toList()) + "\n");
            for (int i = 0; i < rows; i++) {
                String text = sentence(random, i);
                StringBuilder scores = new StringBuilder(), costs = new StringBuilder();
                StringBuilder scoreCells = new StringBuilder(), costCells = new StringBuilder();
                for (String llm : LLMS) {
                    double score = random.nextInt(11) / 10.0, cost = random.nextInt(1000) / 1e7;
                    scores.append(scores.isEmpty() ? "" : ", ").append('"').append(llm).append("\": ").append(score);
                    costs.append(costs.isEmpty() ? "" : ", ").append('"').append(llm).append("\": ").append(cost);
                    scoreCells.append(',').append(score);
                    costCells.append(',').append(cost);
                }
                a.write((i == 0 ? "" : ", ") + "{\"question\": \"" + text + "\", \"scores\": {" + scores
                        + "}, \"cluster_id\": " + (i % 20) + "}");
                l.write("{\"id\": \"q" + i + "\", \"task\": \"t" + (i % 4) + "\", \"question\": \"" + text
                        + "\", \"scores\": {" + scores + "}, \"costs\": {" + costs + "}}\n");
                c.write(i + ",q" + i + ",\"" + text + "\",t" + (i % 4) + scoreCells + costCells + "\n");
            }
            a.write("]\n");
        }
    }

    /** A ~40-word query, unique by its number. */
    private static String sentence(Random random, int i) {
        StringBuilder text = new StringBuilder("Query ").append(i).append(':');
        for (int w = 0; w < 40; w++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('?').toString();
    }
}
