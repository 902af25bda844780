package org.routerdc.workbench.app.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.route.Router;
import org.routerdc.workbench.app.settings.Settings;
import org.routerdc.workbench.app.settings.SettingsStore;

import java.io.IOException;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What every view shares: settings, background tasks, and the status-bar facts (current router, device). FX thread only. */
public final class WorkbenchContext implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WorkbenchContext.class.getName());

    private final SettingsStore store;
    private final ObjectProperty<Settings> settings;
    private final BackgroundTasks tasks = new BackgroundTasks();
    private final StringProperty currentRouter = new SimpleStringProperty("no router");
    private final StringProperty device = new SimpleStringProperty("CPU");
    private final ObjectProperty<Router> router = new SimpleObjectProperty<>();
    private final ObservableList<ScoreTable> datasets = FXCollections.observableArrayList();
    private final ObservableList<ScoreTable> testDatasets = FXCollections.observableArrayList();

    public WorkbenchContext(SettingsStore store) {
        this.store = store;
        this.settings = new SimpleObjectProperty<>(store.load());
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings settings() {
        return settings.get();
    }

    /** Applies {@code change} and saves at once; a failed save is logged, the in-memory value still changes. */
    public void updateSettings(UnaryOperator<Settings> change) {
        settings.set(change.apply(settings.get()));
        try {
            store.save(settings.get());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not save settings to " + store.file(), e);
        }
    }

    public SettingsStore settingsStore() {
        return store;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    /** Name of the router in use, shown in the status bar; the Train and Route views set it. */
    public StringProperty currentRouterProperty() {
        return currentRouter;
    }

    /** Compute device for training and routing, shown in the status bar. */
    public StringProperty deviceProperty() {
        return device;
    }

    /** The router in use (with its encoder), or null; the Train view and File ▸ Open router… set it. */
    public ObjectProperty<Router> routerProperty() {
        return router;
    }

    /** The training score tables loaded in the Data view, each with its current metric (kept in sync by the app). */
    public ObservableList<ScoreTable> datasets() {
        return datasets;
    }

    /** The test score tables loaded in the Data view (role "test"), for the Evaluate view. */
    public ObservableList<ScoreTable> testDatasets() {
        return testDatasets;
    }

    @Override
    public void close() {
        tasks.close();
        Router current = router.get();
        if (current != null) {
            current.close();
        }
    }
}
