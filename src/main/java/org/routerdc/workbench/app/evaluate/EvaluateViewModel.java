package org.routerdc.workbench.app.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.routerdc.workbench.app.shell.BackgroundTasks;
import org.routerdc.workbench.curve.CostQualityCurve;
import org.routerdc.workbench.curve.CurvePoint;
import org.routerdc.workbench.data.DataError;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.data.ScoreTableException;
import org.routerdc.workbench.encode.EmbeddingCache;
import org.routerdc.workbench.eval.DatasetReport;
import org.routerdc.workbench.route.Router;

/**
 * State and commands of the Evaluate view, without controls: evaluates the current router on the test datasets in
 * the background (progress, cancel), then moves the operating point along λ at once (no encoding, no I/O).
 * FX thread only.
 */
public final class EvaluateViewModel {
    private final ObjectProperty<Router> router;
    private final ObservableList<ScoreTable> testTables;
    private final BackgroundTasks tasks;
    private final Function<Router, EmbeddingCache> caches;
    private final ObjectProperty<EvaluationResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<PriceTable> prices = new SimpleObjectProperty<>();
    private final ObjectProperty<CurvePoint> operatingPoint = new SimpleObjectProperty<>();
    private final ObjectProperty<Task<EvaluationResult>> running = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final DoubleProperty position = new SimpleDoubleProperty(0.5);
    private final StringProperty message = new SimpleStringProperty("Mark datasets as test in the Data view, then Evaluate.");
    private final StringProperty shares = new SimpleStringProperty("");
    private final BooleanProperty lostOnly = new SimpleBooleanProperty();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<DatasetReport> datasetRows = FXCollections.observableArrayList();
    private final ObservableList<QueryOutcome> outcomes = FXCollections.observableArrayList();
    private final FilteredList<QueryOutcome> visibleOutcomes = new FilteredList<>(outcomes);
    private final ObservableList<DataError> problems = FXCollections.observableArrayList();
    private Consumer<String> onOpenQuery = text -> { };

    public EvaluateViewModel(ObjectProperty<Router> router, ObservableList<ScoreTable> testTables, BackgroundTasks tasks) {
        this(router, testTables, tasks, current -> EmbeddingCache.atDefaultLocation());
    }

    EvaluateViewModel(ObjectProperty<Router> router, ObservableList<ScoreTable> testTables, BackgroundTasks tasks,
                      Function<Router, EmbeddingCache> caches) {
        this.router = router;
        this.testTables = testTables;
        this.tasks = tasks;
        this.caches = caches;
        position.addListener((obs, old, value) -> moveOperatingPoint());
        lostOnly.addListener((obs, old, value) -> applyFilter());
        filter.addListener((obs, old, value) -> applyFilter());
        router.addListener((obs, old, now) -> clear("Router changed: evaluate again."));
    }

    /** Starts the evaluation in the background; returns the task, or null when there is nothing to evaluate. */
    public Task<EvaluationResult> evaluate() {
        Router current = router.get();
        if (current == null) {
            message.set("No router yet: train one in the Train view or use File ▸ Open router…");
            return null;
        }
        if (testTables.isEmpty()) {
            message.set("No test datasets: load some in the Data view and set their role to test.");
            return null;
        }
        cancel();
        EvaluationTask task;
        try {
            task = new EvaluationTask(current, List.copyOf(testTables), prices.get(), caches.apply(current),
                    CostQualityCurve.DEFAULT_POINTS);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return null;
        }
        running.set(task);
        busy.set(true);
        progress.bind(task.progressProperty());
        task.messageProperty().addListener((obs, old, text) -> message.set(text));
        task.setOnSucceeded(event -> finished(task, () -> show(task.getValue())));
        task.setOnFailed(event -> finished(task, () -> message.set("Evaluation failed: " + describe(task.getException()))));
        task.setOnCancelled(event -> finished(task, () -> message.set("Evaluation cancelled.")));
        return tasks.submit(task);
    }

    public void cancel() {
        Task<EvaluationResult> task = running.get();
        if (task != null) {
            task.cancel();
        }
    }

    /** Reads a price table for tables (and routers) without costs; a bad one is listed as a located problem. */
    public void loadPrices(Path file) {
        Router current = router.get();
        if (current == null) {
            message.set("Open a router first: a price table must name its LLMs.");
            return;
        }
        try {
            prices.set(PriceTable.read(file, current.bundle().router().llms()));
            message.set("Prices from " + file.getFileName() + ": evaluate again to use them.");
        } catch (ScoreTableException e) {
            problems.setAll(e.errors());
            message.set(e.errors().getFirst().describe());
        } catch (IOException e) {
            message.set("Cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /** Sets λ from a slider position in [0, 1] (0 = λ 0; log scale over the swept range). */
    public void moveOperatingPoint() {
        EvaluationResult shown = result.get();
        if (shown == null) {
            return;
        }
        double[] grid = shown.curve().points().stream().mapToDouble(CurvePoint::lambda).toArray();
        OperatingPoint at = OperatingPoint.at(shown.input(), OperatingPoint.lambdaAt(position.get(), grid));
        operatingPoint.set(at.point());
        outcomes.setAll(at.outcomes());
        shares.set(describeShares(at.point()));
    }

    public void openQuery(QueryOutcome outcome) {
        if (outcome != null) {
            onOpenQuery.accept(outcome.query());
        }
    }

    public void setOnOpenQuery(Consumer<String> handler) {
        onOpenQuery = handler;
    }

    public void exportCurve(Path file) throws IOException {
        EvaluationResult shown = requireResult();
        EvaluationExport.curveCsv(shown.curve(), shown.input().llms(), file);
    }

    public void exportQueries(Path file) throws IOException {
        requireResult();
        EvaluationExport.queriesCsv(visibleOutcomes, file);
    }

    static void writeSvg(String svg, Path file) throws IOException {
        Files.writeString(file, svg);
    }

    private EvaluationResult requireResult() {
        if (result.get() == null) {
            throw new IllegalStateException("nothing evaluated yet");
        }
        return result.get();
    }

    /** Shows a finished evaluation (the background task calls this; the benchmark too). */
    void show(EvaluationResult evaluated) {
        result.set(evaluated);
        datasetRows.setAll(evaluated.accuracy().datasets());
        problems.clear();
        moveOperatingPoint();
        var curve = evaluated.curve();
        message.set(String.format(Locale.ROOT, "%s on %d test queries: AIQ %.2f vs %.2f for the single LLMs%s",
                evaluated.routerName(), evaluated.input().rows(), curve.aiq(), curve.zeroRouterAiq(),
                curve.costSavedAtBestSingle() == null ? "" : String.format(Locale.ROOT, "; %.0f %% cheaper than %s at its quality",
                        curve.costSavedAtBestSingle(), curve.bestSingle().llm())));
    }

    private void finished(Task<EvaluationResult> task, Runnable then) {
        if (running.get() == task) {
            running.set(null);
            busy.set(false);
            progress.unbind();
            progress.set(0);
        }
        then.run();
    }

    private void clear(String why) {
        cancel();
        result.set(null);
        operatingPoint.set(null);
        datasetRows.clear();
        outcomes.clear();
        shares.set("");
        message.set(why);
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        boolean lost = lostOnly.get();
        visibleOutcomes.setPredicate(o -> (!lost || o.lost())
                && (text.isEmpty() || o.query().toLowerCase(Locale.ROOT).contains(text) || o.dataset().toLowerCase(Locale.ROOT).contains(text)
                || o.routedLlm().toLowerCase(Locale.ROOT).contains(text)));
    }

    static String describeShares(CurvePoint point) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "λ %.4g · cost %.4g per query · quality %.2f %% · calls:",
                point.lambda(), point.cost(), point.quality()));
        point.share().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> text.append(String.format(Locale.ROOT, " %s %.0f%%", PlotLayout.shortName(e.getKey()), 100 * e.getValue())));
        return text.toString();
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    public ObjectProperty<EvaluationResult> resultProperty() {
        return result;
    }

    public ObjectProperty<PriceTable> pricesProperty() {
        return prices;
    }

    public ObjectProperty<CurvePoint> operatingPointProperty() {
        return operatingPoint;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** The λ slider, 0..1. */
    public DoubleProperty positionProperty() {
        return position;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty sharesProperty() {
        return shares;
    }

    public BooleanProperty lostOnlyProperty() {
        return lostOnly;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<DatasetReport> datasetRows() {
        return datasetRows;
    }

    /** Every test query at the operating point. */
    public ObservableList<QueryOutcome> outcomes() {
        return outcomes;
    }

    /** The outcomes the filter lets through. */
    public FilteredList<QueryOutcome> visibleOutcomes() {
        return visibleOutcomes;
    }

    public ObservableList<DataError> problems() {
        return problems;
    }
}
