package org.routerdc.workbench.app.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.routerdc.workbench.app.shell.BackgroundTasks;
import org.routerdc.workbench.curve.CostQualityCurve;
import org.routerdc.workbench.curve.CurveInput;
import org.routerdc.workbench.curve.RoutedDataset;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.eval.EvaluationReport;

/**
 * How long the Evaluate view takes to follow the λ slider with 10,000 test queries and 11 LLMs, offscreen on
 * JavaFX's headless platform at 1400x900: "update" = routing every query at the new λ, the per-query table's rows,
 * the shares and the plot redrawn, plus CSS and layout; "frame" = update plus JavaFX rendering the view to an image.
 * Run: java -cp target/classes:target/lib/* org.routerdc.workbench.app.evaluate.EvaluateRedrawBenchmark [moves]
 */
public final class EvaluateRedrawBenchmark {
    private static final int QUERIES = 10_000, LLMS = 11;

    private EvaluateRedrawBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        int moves = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(measure(moves));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        System.out.println(result.get());
        Platform.exit();
    }

    private static String measure(int moves) {
        CurveInput input = synthetic(new Random(7));
        EvaluateViewModel model = new EvaluateViewModel(new SimpleObjectProperty<>(), FXCollections.observableArrayList(),
                new BackgroundTasks());
        EvaluateView view = new EvaluateView(model);
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1400, 900);
        EvaluationReport none = new EvaluationReport(List.of(), 0, 0, 0, "", 0, Double.NaN, Double.NaN, 0);
        model.show(new EvaluationResult("synthetic", none, input, CostQualityCurve.compute(input, CostQualityCurve.DEFAULT_POINTS)));
        WritableImage target = new WritableImage(1400, 900);
        SnapshotParameters parameters = new SnapshotParameters();
        long[] update = new long[moves], frame = new long[moves];
        for (int m = -20; m < moves; m++) {
            double position = ((m + 20) * 0.137) % 1.0;
            long start = System.nanoTime();
            model.positionProperty().set(position);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            long updated = System.nanoTime();
            scene.getRoot().snapshot(parameters, target);
            long end = System.nanoTime();
            if (m >= 0) {
                update[m] = updated - start;
                frame[m] = end - start;
            }
        }
        return String.format(Locale.ROOT, "Evaluate view, %,d test queries x %d LLMs, %d slider moves at 1400x900: update mean %.2f ms"
                        + " p95 %.2f ms | frame incl. JavaFX render mean %.2f ms p95 %.2f ms (target <= 50 ms)",
                QUERIES, LLMS, moves, mean(update), p95(update), mean(frame), p95(frame));
    }

    /** Two datasets of random rows: binary credits, costs spread over two orders of magnitude as RouterBench's. */
    static CurveInput synthetic(Random random) {
        List<String> llms = new ArrayList<>();
        double[] prices = new double[LLMS];
        for (int t = 0; t < LLMS; t++) {
            llms.add("llm-" + t);
            prices[t] = 1e-5 * Math.pow(100, t / (LLMS - 1.0));
        }
        List<RoutedDataset> datasets = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            int n = QUERIES / 2;
            double[][] expected = new double[n][LLMS], costs = new double[n][LLMS], credits = new double[n][LLMS];
            List<QueryRow> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < LLMS; t++) {
                    double skill = 0.3 + 0.5 * t / (LLMS - 1.0);
                    expected[i][t] = Math.clamp(skill + 0.2 * random.nextGaussian(), 0, 1);
                    credits[i][t] = random.nextDouble() < expected[i][t] ? 1 : 0;
                    costs[i][t] = prices[t] * (0.5 + random.nextDouble());
                }
                rows.add(new QueryRow("q" + d + "-" + i, "synthetic query " + i + " of dataset " + d, null, QueryRow.NO_CLUSTER,
                        credits[i], costs[i]));
            }
            datasets.add(new RoutedDataset("synthetic-" + d, rows, expected, costs, credits, 0));
        }
        return new CurveInput(llms, prices, datasets);
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
