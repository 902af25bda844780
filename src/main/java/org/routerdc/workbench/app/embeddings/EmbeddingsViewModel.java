package org.routerdc.workbench.app.embeddings;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.routerdc.workbench.app.shell.BackgroundTasks;
import org.routerdc.workbench.route.LoadedRouter;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.route.RoutingDecision;
import org.routerdc.workbench.tsne.Tsne;
import org.routerdc.workbench.tsne.TsneConfig;
import org.routerdc.workbench.tsne.TsneResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * State and commands of the Embeddings view, without controls: runs t-SNE on the current router's training queries
 * (raw or router space) in the background and publishes the map as it converges — the latest snapshot is picked
 * up ten times a second, never one update per iteration. Places a routed query on the finished map. FX thread only.
 */
public final class EmbeddingsViewModel {
    /** A fresh map for the current run, or new coordinates and markers for the map already shown. */
    public interface MapSink {
        void newMap(MapModel model);

        void moved(double[][] points, List<MapModel.Marker> markers);
    }

    private final ObjectProperty<Router> router;
    private final BackgroundTasks tasks;
    private final ObjectProperty<MapSpace> space = new SimpleObjectProperty<>(MapSpace.ROUTER);
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(ColourBy.DATASET);
    private final DoubleProperty perplexity = new SimpleDoubleProperty(30);
    private final IntegerProperty iterations = new SimpleIntegerProperty(1000);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty caption = new SimpleStringProperty("");
    private final AtomicReference<double[][]> snapshot = new AtomicReference<>();
    private final AtomicReference<String> snapshotText = new AtomicReference<>();
    private final Timeline poll = new Timeline(new KeyFrame(Duration.millis(100), event -> publishSnapshot()));
    private MapSink sink = new MapSink() {
        @Override
        public void newMap(MapModel model) {
        }

        @Override
        public void moved(double[][] points, List<MapModel.Marker> markers) {
        }
    };
    private Consumer<String> openQuery = text -> { };
    private Task<TsneResult> task;
    private EmbeddingMapData data;
    private double[][] layout;
    private TsneResult result;
    private MapModel.Marker queryMarker;
    private RoutingDecision pendingPlacement;
    private boolean stale = true;

    public EmbeddingsViewModel(ObjectProperty<Router> router, BackgroundTasks tasks) {
        this.router = router;
        this.tasks = tasks;
        poll.setCycleCount(Timeline.INDEFINITE);
        router.addListener((obs, old, now) -> routerChanged());
        colourBy.addListener((obs, old, now) -> recolour());
        space.addListener((obs, old, now) -> {
            stop();
            stale = true;
            caption.set("Press Run to map the queries in " + now.toString().toLowerCase(Locale.ROOT) + ".");
        });
        routerChanged();
    }

    public void setSink(MapSink sink) {
        this.sink = sink;
    }

    /** What a click on a query does (the app opens it in the Route view). */
    public void setOnOpenQuery(Consumer<String> open) {
        this.openQuery = open;
    }

    /** Computes the map unless one for the current router and space is shown or running. */
    public void runIfStale() {
        if (stale && !running.get() && router.get() != null) {
            run();
        }
    }

    public void run() {
        Router current = router.get();
        if (current == null) {
            caption.set("No router yet: train one or open one (File ▸ Open router…) to map its training queries.");
            return;
        }
        LoadedRouter bundle = current.bundle();
        if (bundle.trainingIndex() == null) {
            caption.set(bundle.name() + " has no training index, so there are no queries to map.");
            return;
        }
        stop();
        stale = false;
        result = null;
        MapSpace chosenSpace = space.get();
        int total = Math.max(10, iterations.get());
        int early = Math.min(250, total / 4);
        TsneConfig config = TsneConfig.defaults().withPerplexity(perplexity.get()).withExaggeration(12, early)
                .withIterations(total - early).withSnapshotEvery(5);
        Task<TsneResult> started = new Task<>() {
            {
                updateTitle("t-SNE map");
            }

            @Override
            protected TsneResult call() {
                updateProgress(-1, 1);
                EmbeddingMapData prepared = EmbeddingMapData.of(bundle.router(), bundle.trainingIndex(), chosenSpace);
                String problem = config.problemWith(prepared.rows().length);
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
                Platform.runLater(() -> data = prepared);
                return Tsne.run(prepared.rows(), config, (iteration, kl, rows) -> {
                    updateProgress(iteration, total);
                    snapshotText.set(String.format(Locale.ROOT, "iteration %d / %d%s", iteration, total,
                            Double.isNaN(kl) ? "" : String.format(Locale.ROOT, " · KL %.3f", kl)));
                    snapshot.set(rows);
                }, this::isCancelled);
            }
        };
        started.setOnSucceeded(event -> finished(started));
        started.setOnFailed(event -> ended(started, "t-SNE failed: " + started.getException().getMessage()));
        started.setOnCancelled(event -> ended(started, "Stopped; the map shows the last layout."));
        task = started;
        data = null;
        layout = null;
        snapshot.set(null);
        running.set(true);
        progress.set("preparing " + bundle.trainingIndex().size() + " queries…");
        caption.set(captionFor(chosenSpace));
        tasks.submit(started);
        poll.play();
    }

    public void stop() {
        if (task != null && task.isRunning()) {
            task.cancel();
        }
    }

    /** Puts a routed query on the finished map as a highlighted marker (after the running map, if one runs). */
    public void placeQuery(RoutingDecision decision) {
        if (decision == null) {
            queryMarker = null;
            republish();
            return;
        }
        if (result == null || data == null) {
            pendingPlacement = decision;
            return;
        }
        TsneResult map = result;
        EmbeddingMapData mapData = data;
        float[] vector = mapData.space() == MapSpace.ROUTER
                ? EmbeddingMapData.normalised(router.get().bundle().router().project(decision.embedding()))
                : decision.embedding();
        CompletableFuture.supplyAsync(() -> map.place(new float[][]{vector})[0])
                .thenAccept(xy -> Platform.runLater(() -> {
                    if (map == result) {
                        queryMarker = new MapModel.Marker("▶ " + shorten(decision.query()), xy[0], xy[1]);
                        republish();
                    }
                }));
    }

    /** A click on query {@code index} of the map. */
    public void openQuery(int index) {
        if (data != null && index >= 0 && index < data.queryCount()) {
            openQuery.accept(data.texts()[index]);
        }
    }

    private void publishSnapshot() {
        double[][] rows = snapshot.getAndSet(null);
        String text = snapshotText.getAndSet(null);
        if (text != null) {
            progress.set(text);
        }
        if (rows == null || data == null) {
            return;
        }
        boolean first = layout == null;
        layout = rows;
        if (first) {
            sink.newMap(data.model(rows, colourBy.get()));
        } else {
            sink.moved(java.util.Arrays.copyOf(rows, data.queryCount()), markers());
        }
    }

    private void finished(Task<TsneResult> done) {
        if (done != task) {
            return;
        }
        publishSnapshot();
        poll.stop();
        result = done.getValue();
        layout = result.xy();
        running.set(false);
        progress.set(String.format(Locale.ROOT, "done: %d iterations · KL %.3f", result.iterations(), result.kl()));
        sink.newMap(data.model(layout, colourBy.get()).withPoints(java.util.Arrays.copyOf(layout, data.queryCount()), markers()));
        if (pendingPlacement != null) {
            RoutingDecision waiting = pendingPlacement;
            pendingPlacement = null;
            placeQuery(waiting);
        }
    }

    private void ended(Task<TsneResult> done, String text) {
        if (done != task) {
            return;
        }
        publishSnapshot();
        poll.stop();
        running.set(false);
        progress.set(text);
    }

    private void recolour() {
        if (data != null && layout != null) {
            sink.newMap(data.model(layout, colourBy.get()).withPoints(java.util.Arrays.copyOf(layout, data.queryCount()), markers()));
        }
    }

    private void republish() {
        if (data != null && layout != null) {
            sink.moved(java.util.Arrays.copyOf(layout, data.queryCount()), markers());
        }
    }

    private List<MapModel.Marker> markers() {
        List<MapModel.Marker> markers = new ArrayList<>(data.markers(layout));
        if (queryMarker != null && result != null) {
            markers.add(queryMarker);
        }
        return markers;
    }

    private void routerChanged() {
        stop();
        stale = true;
        data = null;
        layout = null;
        result = null;
        queryMarker = null;
        sink.newMap(MapModel.empty());
        Router now = router.get();
        caption.set(now == null ? "No router yet: train one or open one (File ▸ Open router…) to map its training queries."
                : "Press Run to map the training queries of " + now.bundle().name() + ".");
    }

    private static String captionFor(MapSpace space) {
        return space == MapSpace.ROUTER
                ? "Router space: queries as the trained router sees them; ■ markers are the learned LLM vectors, mapped with the queries."
                : "Encoder space (before training): ■ LLM markers sit at the mean place of the queries routed to each LLM.";
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    public ObjectProperty<MapSpace> spaceProperty() {
        return space;
    }

    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    public DoubleProperty perplexityProperty() {
        return perplexity;
    }

    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** "iteration 120 / 1000 · KL 1.234" while it runs, then the final KL. */
    public StringProperty progressProperty() {
        return progress;
    }

    /** What the map shows and how to read the LLM markers. */
    public StringProperty captionProperty() {
        return caption;
    }

    /** The finished map, or null while none is finished (tests, placement). */
    public TsneResult result() {
        return result;
    }

    /** The query marker on the map, or null. */
    public MapModel.Marker queryMarker() {
        return queryMarker;
    }
}
