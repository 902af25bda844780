package org.routerdc.workbench.app.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;

/** One training run in the run list: what it was trained with, its curves, status and result. FX thread only. */
public final class RunEntry {
    private final String id;
    private final StringProperty name;
    private final String startedAt;
    private final TrainingSettings settings;
    private final List<String> trainFiles;
    private final Path folder;
    private final RunCurves curves;
    private final ObjectProperty<RunStatus> status;
    private final StringProperty message;
    private final StringProperty device;
    private final ObjectProperty<Double> bestAverage;
    private final BooleanProperty canResume;
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private Integer bestStep;
    private String routerPath;

    public RunEntry(String id, String name, String startedAt, TrainingSettings settings, List<String> trainFiles, Path folder,
                    RunCurves curves, RunStatus status, String message, String device) {
        this.id = id;
        this.name = new SimpleStringProperty(name);
        this.startedAt = startedAt;
        this.settings = settings;
        this.trainFiles = List.copyOf(trainFiles);
        this.folder = folder;
        this.curves = curves;
        this.status = new SimpleObjectProperty<>(status);
        this.message = new SimpleStringProperty(message);
        this.device = new SimpleStringProperty(device);
        this.bestAverage = new SimpleObjectProperty<>();
        this.canResume = new SimpleBooleanProperty();
    }

    static RunEntry of(RunRecord record, Path folder) {
        RunEntry entry = new RunEntry(record.id(), record.name(), record.startedAt(), TrainingSettings.fromNames(record.settings()),
                record.trainFiles(), folder, RunCurves.of(record.losses(), record.evaluations(), record.foldEvaluations()),
                record.status() == RunStatus.RUNNING ? RunStatus.STOPPED : record.status(), record.message(), record.device());
        entry.bestAverage.set(record.bestAverage());
        entry.bestStep = record.bestStep();
        entry.routerPath = record.routerPath();
        entry.canResume.set(record.canResume());
        return entry;
    }

    RunRecord toRecord() {
        return new RunRecord(id, name.get(), startedAt, settings.toNames(), trainFiles, status.get(), message.get(), device.get(),
                curves.rows(1000), curves.evaluations(), bestAverage.get(), bestStep, routerPath, canResume.get(),
                curves.foldEvaluations());
    }

    public String id() {
        return id;
    }

    public String name() {
        return name.get();
    }

    /** The name shown in the run list; the user can rename a run. */
    public StringProperty nameProperty() {
        return name;
    }

    public String startedAt() {
        return startedAt;
    }

    public TrainingSettings settings() {
        return settings;
    }

    public List<String> trainFiles() {
        return trainFiles;
    }

    /** Where the run keeps its router, checkpoints and run.json. */
    public Path folder() {
        return folder;
    }

    public Path routerFolder() {
        return folder.resolve(id + ".router");
    }

    public Path checkpointFolder() {
        return folder.resolve("checkpoints");
    }

    public RunCurves curves() {
        return curves;
    }

    public ObjectProperty<RunStatus> statusProperty() {
        return status;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty deviceProperty() {
        return device;
    }

    /** Best selection accuracy (percent) so far, or null before the first evaluation. */
    public ObjectProperty<Double> bestAverageProperty() {
        return bestAverage;
    }

    public BooleanProperty canResumeProperty() {
        return canResume;
    }

    /** Bumped once per batch of new curve points, so charts redraw once per batch. */
    public IntegerProperty revisionProperty() {
        return revision;
    }

    public Integer bestStep() {
        return bestStep;
    }

    void setBestStep(Integer step) {
        bestStep = step;
    }

    public String routerPath() {
        return routerPath;
    }

    void setRouterPath(String path) {
        routerPath = path;
    }

    @Override
    public String toString() {
        return name.get();
    }
}
