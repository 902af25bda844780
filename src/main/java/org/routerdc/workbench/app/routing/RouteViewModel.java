package org.routerdc.workbench.app.routing;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.routerdc.workbench.app.shell.BackgroundTasks;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.route.CostAwareRouting;
import org.routerdc.workbench.route.NearQuery;
import org.routerdc.workbench.route.RankedLlm;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.route.RoutingDecision;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * State and commands of the Route view, without controls. Typing routes the text 250 ms after the last key on one
 * background thread; only the latest request's answer is shown (older ones are dropped). FX thread only.
 */
public final class RouteViewModel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RouteViewModel.class.getName());
    static final int NEAREST = 8;
    private static final int HISTORY = 50;

    private final ObjectProperty<Router> router;
    private final BackgroundTasks tasks;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "route-query");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong latest = new AtomicLong();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<RoutingDecision> decision = new SimpleObjectProperty<>();
    private final StringProperty chosen = new SimpleStringProperty("–");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<RankedLlm> ranked = FXCollections.observableArrayList();
    private final ObservableList<NearQuery> nearest = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<String> llms = FXCollections.observableArrayList();
    private final BooleanProperty costAware = new SimpleBooleanProperty();
    private final javafx.beans.property.DoubleProperty lambdaPosition = new javafx.beans.property.SimpleDoubleProperty(0.5);
    private final StringProperty lambdaText = new SimpleStringProperty("");
    private final ObjectProperty<PriceTable> prices = new SimpleObjectProperty<>();
    private volatile CostAwareRouting costRouting; // built on the worker for the current router and prices
    private volatile PriceTable costRoutingPrices; // the prices costRouting was built with

    public RouteViewModel(ObjectProperty<Router> router, BackgroundTasks tasks) {
        this.router = router;
        this.tasks = tasks;
        debounce.setOnFinished(event -> routeNow());
        query.addListener((obs, old, text) -> debounce.playFromStart());
        router.addListener((obs, old, now) -> routerChanged(now));
        routerChanged(router.get());
        costAware.addListener((obs, old, on) -> routeNow());
        lambdaPosition.addListener((obs, old, value) -> routeNow());
        prices.addListener((obs, old, now) -> {
            costRouting = null;
            if (costAware.get()) {
                routeNow();
            }
        });
    }

    /**
     * λ for the slider: 0 at the left end, else log-scale from a thousandth of the λ at which every query goes to the
     * cheapest LLM up to that λ; NaN when cost-aware routing is off.
     */
    private double lambda(CostAwareRouting routing) {
        double top = routing.lambdaForCheapestAlways();
        double position = lambdaPosition.get();
        return position <= 0 ? 0 : top * 1e-3 * Math.pow(1e3, Math.min(position, 1));
    }

    /** Routes the current text at once (Enter, a history click, a click on the map). */
    public void routeNow() {
        debounce.stop();
        String text = query.get() == null ? "" : query.get().strip();
        Router current = router.get();
        long id = latest.incrementAndGet();
        if (text.isEmpty() || current == null) {
            clear(current == null ? "No router yet: train one in the Train view or use File ▸ Open router…" : "");
            return;
        }
        busy.set(true);
        PriceTable pricedBy = prices.get();
        worker.execute(() -> {
            if (id != latest.get()) {
                return;
            }
            try {
                RoutingDecision plain = current.route(text, NEAREST);
                RoutingDecision routed = plain;
                String lambdaNote = "";
                if (costAware.get()) {
                    CostAwareRouting routing = costRouting;
                    if (routing == null || costRoutingPrices != pricedBy || !routing.llms().equals(current.bundle().router().llms())) {
                        routing = CostAwareRouting.of(current.bundle(), pricedBy);
                        costRouting = routing;
                        costRoutingPrices = pricedBy;
                    }
                    double lambda = lambda(routing);
                    routed = routing.apply(plain, lambda);
                    lambdaNote = String.format(Locale.ROOT, "λ %.4g", lambda);
                }
                RoutingDecision shown = routed;
                String note = lambdaNote;
                Platform.runLater(() -> {
                    lambdaText.set(note);
                    accept(id, shown);
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "routing failed", e);
                Platform.runLater(() -> failed(id, e));
            }
        });
    }

    /** Puts {@code text} in the box and routes it (e.g. a query clicked on the map). */
    public void open(String text) {
        query.set(text);
        routeNow();
    }

    /** Routes every query of {@code input} with the current router and writes the choices to {@code csv}. */
    public Task<FileRouting.Result> routeFile(Path input, Path csv) {
        Router current = router.get();
        if (current == null) {
            throw new IllegalStateException("no router");
        }
        FileRouting task = new FileRouting(current, input, csv);
        task.messageProperty().addListener((obs, old, text) -> message.set(text));
        task.setOnSucceeded(event -> {
            FileRouting.Result result = task.getValue();
            message.set(String.format(Locale.ROOT, "Routed %d queries of %s → %s%s", result.queries(), input.getFileName(),
                    result.csv().getFileName(), Double.isNaN(result.meanRealised()) ? ""
                            : String.format(Locale.ROOT, " · mean realised score %.1f %%", 100 * result.meanRealised())));
        });
        task.setOnFailed(event -> message.set("Routing " + input.getFileName() + " failed: " + task.getException().getMessage()));
        task.setOnCancelled(event -> message.set("Routing " + input.getFileName() + " cancelled."));
        return tasks.submit(task);
    }

    private void accept(long id, RoutingDecision routed) {
        if (id != latest.get()) {
            return;
        }
        busy.set(false);
        decision.set(routed);
        chosen.set(routed.chosen().llm());
        ranked.setAll(routed.ranked());
        nearest.setAll(routed.nearest());
        message.set("");
        remember(routed.query());
    }

    private void failed(long id, RuntimeException e) {
        if (id == latest.get()) {
            busy.set(false);
            message.set("Could not route: " + e.getMessage());
        }
    }

    /** History keeps finished thoughts: a query that extends (or shortens) the newest entry replaces it. */
    private void remember(String text) {
        history.remove(text);
        if (!history.isEmpty() && (text.startsWith(history.getFirst()) || history.getFirst().startsWith(text))) {
            history.removeFirst();
        }
        history.addFirst(text);
        if (history.size() > HISTORY) {
            history.remove(HISTORY, history.size());
        }
    }

    private void routerChanged(Router now) {
        costRouting = null;
        llms.setAll(now == null ? List.of() : now.bundle().router().llms());
        routeNow();
    }

    private void clear(String note) {
        busy.set(false);
        decision.set(null);
        chosen.set("–");
        ranked.clear();
        nearest.clear();
        message.set(note);
    }

    /** Route by utility (expected score − λ·predicted cost) instead of by score. */
    public BooleanProperty costAwareProperty() {
        return costAware;
    }

    /** The λ slider, 0..1 (0: λ = 0; 1: every query to the cheapest LLM). */
    public javafx.beans.property.DoubleProperty lambdaPositionProperty() {
        return lambdaPosition;
    }

    /** The user's prices: the predicted costs of a router trained on tables without costs (else its training costs). */
    public ObjectProperty<PriceTable> pricesProperty() {
        return prices;
    }

    public StringProperty lambdaTextProperty() {
        return lambdaText;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The latest routing answer, or null. */
    public ReadOnlyObjectProperty<RoutingDecision> decisionProperty() {
        return decision;
    }

    public StringProperty chosenProperty() {
        return chosen;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<RankedLlm> ranked() {
        return ranked;
    }

    public ObservableList<NearQuery> nearest() {
        return nearest;
    }

    public ObservableList<String> history() {
        return history;
    }

    /** The current router's LLMs, in its order (columns of the nearest-queries table). */
    public ObservableList<String> llms() {
        return llms;
    }

    public ReadOnlyObjectProperty<Router> routerProperty() {
        return router;
    }

    @Override
    public void close() {
        debounce.stop();
        worker.shutdownNow();
    }
}
