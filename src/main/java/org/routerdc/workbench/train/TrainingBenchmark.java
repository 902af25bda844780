package org.routerdc.workbench.train;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures training speed (ms per step: forward, both losses, backward, AdamW) and, with {@code --lr}, compares
 * learning rates by the selection accuracy they reach. Not a test: run it by hand, e.g.
 * {@code java -Dai.djl.offline=true -cp ... org.routerdc.workbench.train.TrainingBenchmark 64 384 7 [--lr]}.
 */
public final class TrainingBenchmark {
    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 384;
        int llms = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        System.out.println("threads: " + System.getProperty("ai.djl.pytorch.num_threads", "default"));
        double ms = millisPerStep(batch, d, llms, 300);
        System.out.printf(Locale.ROOT, "training step: batch %d, d %d, T %d: %.2f ms/step (%.0f steps/s)%n",
                batch, d, llms, ms, 1000 / ms);
        TrainingData data = SyntheticTasks.generate(5000, d, 8, llms, 1.0, 1);
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(batch);
        TrainingData large = SyntheticTasks.generate(50_000, d, 8, llms, 1.0, 2);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        KMeans.Result result = KMeans.cluster(large.embeddings(), 8, 42);
        System.out.printf(Locale.ROOT, "k-means: 50000 x %d, k 8: %d rounds, %.1f s wall, %.1f s CPU%n", d,
                result.iterations(), (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpuStart) / 1e9);
        if (args.length > 3 && args[3].equals("--lr")) {
            sweep(data, config);
        }
    }

    /** Mean wall time of one training step (forward, both losses, backward, AdamW) after 30 warm-up steps. */
    public static double millisPerStep(int batch, int d, int llms, int steps) throws Exception {
        DeviceChoice device = DeviceChoice.resolve(TrainingDevice.AUTO);
        TrainingData data = SyntheticTasks.generate(5000, d, 8, llms, 1.0, 1);
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(batch);
        int[] clusters = KMeans.cluster(data.embeddings(), config.clusters(), config.seed()).assignment();
        try (RouterModel model = new RouterModel(device.device(), RouterWeights.initial(d, d, llms, 0.78, 1), 1.0)) {
            AdamW adam = new AdamW(config.learningRate(), config.weightDecay(), model.manager());
            SeededRandom random = new SeededRandom(1);
            BatchOrder batches = new BatchOrder(data.size(), batch, null, 0);
            for (int i = 0; i < 30; i++) {
                TrainingStep.run(model, adam, config, data, clusters, batches.next(random), random);
            }
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                TrainingStep.run(model, adam, config, data, clusters, batches.next(random), random);
            }
            return (System.nanoTime() - start) / 1e6 / steps;
        }
    }

    private static void sweep(TrainingData data, TrainingConfig config) throws Exception {
        TrainingData train = data.select(java.util.stream.IntStream.range(0, 4000).toArray());
        TrainingData held = data.select(java.util.stream.IntStream.range(4000, data.size()).toArray());
        for (double lr : new double[] {5e-5, 3e-4, 1e-3, 3e-3, 1e-2}) {
            Path dir = Files.createTempDirectory("lr-sweep");
            long start = System.currentTimeMillis();
            TrainedRouter router = RouterTrainer.train(train, held, config.withLearningRate(lr).withDevice(TrainingDevice.AUTO),
                    dir, e -> { }, () -> false);
            System.out.printf(Locale.ROOT, "lr %.0e: best held-out average %.2f%% at step %d (final %.2f%%), %d ms%n", lr,
                    router.metrics().bestAverage(), router.metrics().bestStep(), router.metrics().finalAverage(),
                    System.currentTimeMillis() - start);
            org.routerdc.workbench.files.AtomicFiles.delete(dir);
        }
    }
}
