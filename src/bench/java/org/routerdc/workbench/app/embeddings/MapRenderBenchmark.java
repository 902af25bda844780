package org.routerdc.workbench.app.embeddings;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Frame times of the embedding map while panning and zooming, offscreen on JavaFX's headless platform.
 * Per size: "draw" = our work per frame (points into the pixel buffer + overlay), as wall time and as the FX
 * thread's CPU time (which stays meaningful on a busy machine), and "frame" = draw plus JavaFX rendering the whole
 * map to an image (a snapshot, software pipeline).
 * Run: java -cp target/classes:target/lib/* org.routerdc.workbench.app.embeddings.MapRenderBenchmark [frames]
 */
public final class MapRenderBenchmark {
    private MapRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        for (int points : new int[]{20_000, 50_000}) {
            CompletableFuture<String> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(measure(points, frames));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
            System.out.println(result.get());
        }
        Platform.exit();
    }

    private static String measure(int points, int frames) {
        MapCanvas map = new MapCanvas();
        Scene scene = new Scene(map, 1400, 900);
        map.applyCss();
        map.layout();
        map.setModel(SyntheticMap.clustered(points, 12, 7));
        WritableImage target = new WritableImage(1400, 900);
        SnapshotParameters parameters = new SnapshotParameters();
        long[] draw = new long[frames];
        long[] drawCpu = new long[frames];
        long[] frame = new long[frames];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int f = -30; f < frames; f++) {
            step(map, f);
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            map.drawIfDirty();
            long drawn = System.nanoTime();
            long cpuDrawn = threads.getCurrentThreadCpuTime();
            map.snapshot(parameters, target);
            long end = System.nanoTime();
            if (f >= 0) {
                draw[f] = drawn - start;
                drawCpu[f] = cpuDrawn - cpu;
                frame[f] = end - start;
            }
        }
        return String.format(Locale.ROOT, "%,d points, %d frames, %.0fx%.0f: draw wall mean %.2f ms p95 %.2f ms, "
                        + "draw CPU mean %.2f ms p95 %.2f ms | frame incl. JavaFX render (wall) mean %.2f ms p95 %.2f ms",
                points, frames, scene.getWidth(), scene.getHeight(), mean(draw), p95(draw), mean(drawCpu), p95(drawCpu),
                mean(frame), p95(frame));
    }

    /** Alternates zoom in / out around moving points and pans, like a user exploring. */
    private static void step(MapCanvas map, int f) {
        if (f % 3 == 0) {
            map.zoomAt(300 + (f * 37) % 800, 200 + (f * 53) % 500, f % 2 == 0 ? 1.15 : 0.9);
        } else {
            map.pan((f % 7) - 3, (f % 5) - 2);
        }
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    private static double p95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] / 1e6;
    }
}
