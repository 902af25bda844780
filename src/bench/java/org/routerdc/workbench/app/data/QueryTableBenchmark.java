package org.routerdc.workbench.app.data;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import org.routerdc.workbench.app.shell.BackgroundTasks;
import org.routerdc.workbench.data.LoadResult;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * How the Data view copes with a 100k-row table, offscreen on JavaFX's headless platform: time to show the table,
 * to apply a search, and per scroll frame (jump + layout + render of the whole view).
 * Run: java -cp target/classes:target/lib/* org.routerdc.workbench.app.data.QueryTableBenchmark [rows]
 */
public final class QueryTableBenchmark {
    private QueryTableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ScoreTable table = table(rows, 7);
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                result.complete(measure(table));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        System.out.println(result.get());
        Platform.exit();
    }

    private static String measure(ScoreTable table) {
        DataViewModel model = new DataViewModel((sources, strict) -> new LoadResult(List.of(), List.of()), new BackgroundTasks());
        DataView view = new DataView(model, new PricesViewModel(model, new javafx.beans.property.SimpleObjectProperty<>()), () -> { });
        javafx.scene.Parent root = (javafx.scene.Parent) view.root();
        Scene scene = new Scene(root, 1400, 900);
        root.applyCss();
        root.layout();
        long start = System.nanoTime();
        model.accept(new LoadResult(List.of(table), List.of()));
        double acceptMs = (System.nanoTime() - start) / 1e6;
        root.applyCss();
        root.layout();
        double showMs = (System.nanoTime() - start) / 1e6;

        model.filterProperty().set("word17 ");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        start = System.nanoTime();
        model.applyFilter();
        double filterMs = (System.nanoTime() - start) / 1e6;
        double filterCpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        int matches = model.visibleRows().size();
        model.filterProperty().set("");
        model.applyFilter();

        @SuppressWarnings("unchecked")
        TableView<QueryRow> queries = (TableView<QueryRow>) scene.lookup("#query-table");
        SnapshotParameters parameters = new SnapshotParameters();
        WritableImage image = new WritableImage(1400, 900);
        Random random = new Random(1);
        int frames = 100;
        long[] frame = new long[frames];
        for (int f = -20; f < frames; f++) {
            long t0 = System.nanoTime();
            queries.scrollTo(random.nextInt(table.size()));
            root.layout();
            root.snapshot(parameters, image);
            if (f >= 0) {
                frame[f] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(frame);
        return String.format(Locale.ROOT, "%,d rows x %d LLMs: add to model %.0f ms, shown (incl. CSS + layout) %.0f ms, search %.0f ms wall / %.0f ms CPU (%,d matches), "
                        + "scroll frame (jump + layout + render 1400x900) mean %.1f ms p95 %.1f ms",
                table.size(), table.llms().size(), acceptMs, showMs, filterMs, filterCpuMs, matches,
                Arrays.stream(frame).average().orElse(0) / 1e6, frame[(int) (frames * 0.95) - 1] / 1e6);
    }

    static ScoreTable table(int rows, int llms) {
        Random random = new Random(7);
        List<String> names = new ArrayList<>();
        for (int l = 0; l < llms; l++) {
            names.add("org/model-" + l + "-7b-instruct");
        }
        List<QueryRow> list = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            double[] scores = new double[llms];
            for (int l = 0; l < llms; l++) {
                scores[l] = Math.round(random.nextDouble() * 10) / 10.0;
            }
            list.add(new QueryRow("q" + i, "question " + i + " with word" + random.nextInt(100)
                    + " and a longer tail of text to look like a real prompt", "task" + i % 5, i % 20, scores, null));
        }
        return new ScoreTable("synthetic-100k", null, Metric.GRADED, names, list);
    }
}
