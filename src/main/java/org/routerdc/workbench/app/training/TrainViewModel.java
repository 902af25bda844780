package org.routerdc.workbench.app.training;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
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
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.routerdc.workbench.app.routing.RouterSwitch;
import org.routerdc.workbench.app.shell.WorkbenchContext;
import org.routerdc.workbench.train.TrainingEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * State and commands of the Train view, without controls: the settings form, start / stop / resume of the worker,
 * live progress, and the run list. Events are drained from the service's queue ten times a second. FX thread only.
 */
public final class TrainViewModel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TrainViewModel.class.getName());
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final WorkbenchContext context;
    private final RunStore store;
    private final RouterSwitch routers;
    private final TrainingService service = new TrainingService();
    private final Timeline pump = new Timeline(new KeyFrame(Duration.millis(100), event -> drain()));
    private final Map<TrainingField, StringProperty> fields = new EnumMap<>(TrainingField.class);
    private final ObjectProperty<Map<TrainingField, String>> problems = new SimpleObjectProperty<>(Map.of());
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty deviceText = new SimpleStringProperty("auto (GPU if available, else CPU)");
    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunEntry> shown = new SimpleObjectProperty<>();
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0.6);
    private final BooleanProperty logScale = new SimpleBooleanProperty();
    private final BooleanProperty canResume = new SimpleBooleanProperty();
    private final Supplier<List<String>> workerPrefix;
    private RunEntry active;
    private LaunchState launch;

    public TrainViewModel(WorkbenchContext context, RunStore store, RouterSwitch routers) {
        this(context, store, routers, WorkerCommand::javaPrefix);
    }

    /** @param workerPrefix how a worker process is started (java, flags, classpath, main class), before its arguments */
    public TrainViewModel(WorkbenchContext context, RunStore store, RouterSwitch routers, Supplier<List<String>> workerPrefix) {
        this.context = context;
        this.store = store;
        this.routers = routers;
        this.workerPrefix = workerPrefix;
        pump.setCycleCount(Timeline.INDEFINITE);
        TrainingSettings saved = TrainingSettings.fromNames(context.settings().trainingSettings());
        for (TrainingField field : TrainingField.values()) {
            StringProperty value = new SimpleStringProperty(saved.get(field));
            value.addListener((obs, old, text) -> problems.set(settings().problems()));
            fields.put(field, value);
        }
        problems.set(settings().problems());
        runs.setAll(store.load());
        shown.addListener((obs, old, run) -> refreshCanResume());
        running.addListener((obs, old, now) -> refreshCanResume());
        service.setOnSucceeded(event -> finish(service.getValue()));
        service.setOnFailed(event -> finishUnstarted(service.getException()));
    }

    /** Starts a new run on the datasets loaded in the Data view. */
    public void start() {
        if (running.get()) {
            return;
        }
        if (context.datasets().isEmpty()) {
            message.set("Load training data in the Data view first (File ▸ Open data…).");
            return;
        }
        if (!problems.get().isEmpty()) {
            message.set("Fix the settings marked in red first.");
            return;
        }
        TrainingSettings settings = settings();
        context.updateSettings(s -> s.withTrainingSettings(settings.toNames()));
        String id = newRunId();
        List<String> files = context.datasets().stream().map(WorkerCommand::fileArgument).toList();
        RunEntry run = new RunEntry(id, "Run " + (runs.size() + 1), LocalDateTime.now().toString(), settings, files, store.folderFor(id),
                new RunCurves(), RunStatus.RUNNING, "starting", deviceText.get());
        runs.add(run);
        launch(run, false);
    }

    /** Asks the worker to stop after its current step; it keeps its checkpoint so the run can be resumed. */
    public void stop() {
        if (running.get()) {
            message.set("Stopping after the current step…");
            service.requestStop();
        }
    }

    /**
     * Asks a running training to stop, then calls {@code afterwards} once it has ended (the worker has saved what it
     * keeps); at once when nothing runs.
     */
    public void stopThen(Runnable afterwards) {
        if (!running.get()) {
            afterwards.run();
            return;
        }
        running.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (!now) {
                    running.removeListener(this);
                    afterwards.run();
                }
            }
        });
        stop();
    }

    /** Whether {@code run} is the one training now (it cannot be deleted). */
    public boolean isActive(RunEntry run) {
        return running.get() && run == active;
    }

    /**
     * Deletes a run that is not training: it leaves the list at once, its folder (router, checkpoints, history) is
     * deleted in the background. Returns the deleting task, or null when the run is training.
     */
    public Task<Void> delete(RunEntry run) {
        if (isActive(run)) {
            return null;
        }
        runs.remove(run);
        if (shown.get() == run) {
            shown.set(runs.isEmpty() ? null : runs.getLast());
        }
        Task<Void> deleting = new Task<>() {
            {
                updateTitle("Deleting " + run.name());
            }

            @Override
            protected Void call() throws Exception {
                store.delete(run);
                return null;
            }
        };
        deleting.setOnSucceeded(event -> message.set("Deleted " + run.name() + "."));
        deleting.setOnFailed(event -> {
            LOG.log(Level.WARNING, "could not delete run " + run.folder(), deleting.getException());
            message.set("Could not delete " + run.folder() + ": " + deleting.getException().getMessage());
        });
        return context.tasks().submit(deleting);
    }

    /** Gives {@code run} a new name (blank names are ignored) and stores it. */
    public void rename(RunEntry run, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        run.nameProperty().set(name.strip());
        save(run);
    }

    /** Continues the shown run from its last checkpoint with the same settings and files. */
    public void resume() {
        RunEntry run = shown.get();
        if (running.get() || run == null || !run.canResumeProperty().get() || run.statusProperty().get() == RunStatus.COMPLETED) {
            return;
        }
        launch(run, true);
    }

    private void launch(RunEntry run, boolean resume) {
        active = run;
        launch = new LaunchState(run);
        shown.set(run);
        run.statusProperty().set(RunStatus.RUNNING);
        run.messageProperty().set(resume ? "resuming" : "running");
        message.set(resume ? "Resuming " + run.name() + " from its last checkpoint…" : "Training " + run.name() + "…");
        progress.set(-1);
        progressText.set("starting the training worker…");
        service.events().clear();
        service.setCommand(WorkerCommand.train(workerPrefix.get(), run.settings(), run.trainFiles(), run.routerFolder(), run.checkpointFolder(), resume));
        save(run);
        running.set(true);
        service.restart();
        pump.play();
    }

    /** Applies every queued event, then tells the charts once. */
    private void drain() {
        if (launch == null) {
            return;
        }
        boolean curvesChanged = false;
        for (TrainingEvent event; (event = service.events().poll()) != null; ) {
            curvesChanged |= launch.apply(event);
        }
        progress.set(launch.progress());
        progressText.set(launch.progressText());
        if (launch.device() != null) {
            deviceText.set(launch.device());
            context.deviceProperty().set(launch.device());
        }
        if (curvesChanged) {
            active.revisionProperty().set(active.revisionProperty().get() + 1);
        }
    }

    private void finish(WorkerOutcome outcome) {
        drain();
        pump.stop();
        RunEntry run = active;
        TrainingEvent.Finished finished = launch.finished();
        if (launch.failure() != null) {
            end(run, RunStatus.FAILED, "Training failed: " + launch.failure());
        } else if (outcome.forceStopped()) {
            run.canResumeProperty().set(org.routerdc.workbench.train.Checkpoint.hasLast(run.checkpointFolder()));
            end(run, RunStatus.STOPPED, StopMessage.forceStopped(launch, outcome));
        } else if (finished == null) {
            String reason = outcome.reason();
            end(run, RunStatus.FAILED, "Training process ended unexpectedly (exit code " + outcome.exitCode() + ")"
                    + (reason.isEmpty() ? "" : ": " + reason));
        } else if (finished.reason() == TrainingEvent.Reason.CANCELLED) {
            run.canResumeProperty().set(org.routerdc.workbench.train.Checkpoint.hasLast(run.checkpointFolder()));
            end(run, RunStatus.STOPPED, StopMessage.stopped(launch, run.canResumeProperty().get()));
        } else {
            progress.set(1);
            run.canResumeProperty().set(false);
            end(run, RunStatus.COMPLETED, String.format(Locale.ROOT,
                    "Completed: best selection accuracy %.1f %% at step %d.", finished.bestAverage(), finished.bestStep())
                    + (launch.savedPath() == null ? "" : crossValidationSummary(Path.of(launch.savedPath()))));
            if (launch.savedPath() != null) {
                routers.open(Path.of(launch.savedPath()));
            }
        }
    }

    /** The router beside the simple rules on training rows it was not fitted on, when the run cross-validated. */
    static String crossValidationSummary(Path router) {
        org.routerdc.workbench.policy.CrossValidationReport cv = org.routerdc.workbench.route.RouterBundles.crossValidation(router);
        if (cv == null) {
            return "";
        }
        double best = Math.max(cv.bestSingle(), Math.max(cv.knn(), Double.isNaN(cv.cluster()) ? 0 : cv.cluster()));
        return String.format(Locale.ROOT, " Cross-validation on the training rows: router %.2f, cluster %.2f, kNN %.2f, "
                        + "best single %.2f%s", cv.router(), cv.cluster(), cv.knn(), cv.bestSingle(),
                cv.router() >= best ? "." : " — a simple rule does better on this data; the router is not worth deploying yet.");
    }

    private void finishUnstarted(Throwable error) {
        pump.stop();
        LOG.log(Level.WARNING, "training worker could not run", error);
        end(active, RunStatus.FAILED, "Could not run the training worker: " + error.getMessage());
    }

    private void end(RunEntry run, RunStatus status, String text) {
        if (status == RunStatus.FAILED && !run.canResumeProperty().get()) {
            run.canResumeProperty().set(org.routerdc.workbench.train.Checkpoint.hasLast(run.checkpointFolder()));
        }
        run.statusProperty().set(status);
        run.messageProperty().set(text);
        run.revisionProperty().set(run.revisionProperty().get() + 1);
        message.set(text);
        running.set(false);
        refreshCanResume();
        save(run);
    }

    private void save(RunEntry run) {
        try {
            store.save(run);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not save run " + run.id(), e);
        }
    }

    private String newRunId() {
        String base = "run-" + LocalDateTime.now().format(ID_TIME);
        String id = base;
        for (int n = 2; Files.exists(store.folderFor(id)) || containsRun(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean containsRun(String id) {
        return runs.stream().anyMatch(run -> run.id().equals(id));
    }

    public TrainingSettings settings() {
        Map<TrainingField, String> values = new EnumMap<>(TrainingField.class);
        fields.forEach((field, value) -> values.put(field, value.get()));
        return new TrainingSettings(values);
    }

    public StringProperty field(TrainingField field) {
        return fields.get(field);
    }

    /** Field → why its value is wrong (empty when all are fine). */
    public ObjectProperty<Map<TrainingField, String>> problemsProperty() {
        return problems;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** Whether Resume applies: the shown run stopped or failed after a checkpoint, and nothing is running. */
    public BooleanProperty canResumeProperty() {
        return canResume;
    }

    private void refreshCanResume() {
        RunEntry run = shown.get();
        canResume.set(!running.get() && run != null && run.canResumeProperty().get()
                && run.statusProperty().get() != RunStatus.COMPLETED);
    }

    /** 0..1, or −1 while the worker starts or encodes without a known total. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** The last thing worth telling the user: started, stopped, finished, or why it failed. */
    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty deviceTextProperty() {
        return deviceText;
    }

    public ObservableList<RunEntry> runs() {
        return runs;
    }

    /** The run whose curves the live charts show (the running one, or the one selected in the list). */
    public ObjectProperty<RunEntry> shownProperty() {
        return shown;
    }

    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    @Override
    public void close() {
        pump.stop();
        service.kill();
    }
}
