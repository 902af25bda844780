package org.routerdc.workbench.finetune;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.data.ScoreTables;
import org.routerdc.workbench.encode.BundledModel;
import org.routerdc.workbench.encode.ModelFolder;
import org.routerdc.workbench.encode.Pooling;
import org.routerdc.workbench.encode.TextTokenizer;
import org.routerdc.workbench.encode.TokenizedText;
import org.routerdc.workbench.train.RouterTrainer;
import org.routerdc.workbench.train.TrainingConfig;
import org.routerdc.workbench.train.TrainingData;
import org.routerdc.workbench.train.TrainingDevice;
import org.routerdc.workbench.train.TrainingEvent;

/**
 * Training step time per fine-tuning mode on real queries, with peak Java heap and peak process RSS (VmHWM, reset
 * between modes through /proc/self/clear_refs). Run:
 * {@code java -cp <classpath> org.routerdc.workbench.finetune.FineTuneBenchmark STEPS MODES FILE...},
 * e.g. {@code 6 frozen,top-2,top-4,all sample-data/routerdc/math_train.json ...}. The first step of each mode is
 * left out of the mean (it allocates the optimiser state); the prefix cache and evaluation are not steps.
 * {@code -Dbench.batch=16 -Dbench.accumulate=4} measures a smaller micro-batch with the same effective batch.
 */
public final class FineTuneBenchmark {
    private FineTuneBenchmark() {}

    public static void main(String[] args) throws Exception {
        int steps = Integer.parseInt(args[0]);
        List<String> modes = List.of(args[1].split(","));
        List<ScoreTable> tables = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            tables.add(ScoreTables.read(Path.of(args[i]), null));
        }
        FineTuneData data = data(tables);
        double tokens = data.tokens().stream().mapToInt(TokenizedText::length).average().orElse(0);
        int batch = Integer.getInteger("bench.batch", 64);
        int accumulate = Integer.getInteger("bench.accumulate", 1);
        System.out.printf("%d rows, mean %.1f tokens per row, batch %d x %d accumulated, %d steps per mode, %s%n",
                data.rows().size(), tokens, batch, accumulate, steps, Runtime.getRuntime().availableProcessors() + " cores");
        BertWeights weights = OnnxBertImporter.importModel(OnnxModelFile.read(BundledModel.extract().model())).weights();
        TrainingConfig config = TrainingConfig.defaults().withSteps(steps).withEvalEvery(steps).withBatchSize(batch)
                .withDevice(TrainingDevice.CPU);
        System.out.println("mode     ms/step  peak heap MB  peak RSS MB");
        for (String mode : modes) {
            resetPeaks();
            List<TrainingEvent.Step> events = new ArrayList<>();
            FineTuneMode m = FineTuneMode.parse(mode);
            if (m.frozen()) {
                Path dir = Files.createTempDirectory("bench-checkpoints");
                RouterTrainer.train(data.rows(), null, config, dir, e -> collect(e, events), () -> false);
            } else {
                EncoderRouterTrainer.train(weights, data, config, FineTuneConfig.defaults(m).withAccumulate(accumulate), e -> collect(e, events), () -> false);
            }
            double ms = (events.getLast().elapsedMillis() - events.getFirst().elapsedMillis()) / (double) (events.size() - 1);
            System.out.printf("%-8s %8.0f  %12.0f  %11.0f%n", mode, ms, peakHeapMb(), peakRssMb());
        }
    }

    private static void collect(TrainingEvent e, List<TrainingEvent.Step> steps) {
        if (e instanceof TrainingEvent.Step s) {
            steps.add(s);
        }
    }

    private static FineTuneData data(List<ScoreTable> tables) throws Exception {
        List<String> texts = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        List<Integer> datasets = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            for (var row : tables.get(t).rows()) {
                texts.add(row.text());
                scores.add(row.scores());
                datasets.add(t);
            }
        }
        int n = texts.size();
        float[][] frozen = new float[n][384];
        int[] ids = datasets.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < n; i++) {
            frozen[i][i % 384] = 1; // step time does not depend on the values
        }
        TrainingData rows = new TrainingData(frozen, scores.toArray(double[][]::new), ids.clone(), ids,
                tables.stream().map(ScoreTable::name).toList(), tables.stream().map(ScoreTable::metric).toList(),
                tables.getFirst().llms());
        ModelFolder files = BundledModel.extract();
        try (TextTokenizer tokenizer = TextTokenizer.open(files.tokenizer(), 512)) {
            return new FineTuneData(rows, tokenizer.tokenize(texts), tokenizer.padId(), Pooling.CLS,
                    java.util.stream.IntStream.range(0, n).toArray(), null);
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (Exception e) {
            // not Linux, or not permitted: VmHWM then is the process's peak so far
        }
    }

    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
    }

    private static double peakRssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }
}
