package org.routerdc.workbench.app.shell;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs long work off the FX thread and keeps the list of what is running, for the status bar (where each task can be
 * cancelled on its own).
 * Call from the FX thread.
 */
public final class BackgroundTasks implements AutoCloseable {
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "workbench-task-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    /** One read-only view kept for good: a list bound to a fresh wrapper would lose it to the garbage collector. */
    private final ObservableList<Task<?>> runningView = FXCollections.unmodifiableObservableList(running);
    private final DoubleProperty firstProgress = new SimpleDoubleProperty();
    private final StringProperty firstTitle = new SimpleStringProperty("");
    private final IntegerProperty count = new SimpleIntegerProperty();

    public BackgroundTasks() {
        running.addListener((ListChangeListener<Task<?>>) change -> {
            firstProgress.unbind();
            firstTitle.unbind();
            if (running.isEmpty()) {
                firstProgress.set(0);
                firstTitle.set("");
            } else {
                firstProgress.bind(running.getFirst().progressProperty());
                firstTitle.bind(running.getFirst().titleProperty());
            }
            count.set(running.size());
        });
    }

    /** Starts {@code task}; it is listed until it succeeds, fails or is cancelled. */
    public <T> Task<T> submit(Task<T> task) {
        running.add(task);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
            }
        });
        executor.execute(task);
        return task;
    }

    public ObservableList<Task<?>> running() {
        return runningView;
    }

    public ReadOnlyIntegerProperty count() {
        return count;
    }

    /** Title of the first running task ("" when idle). */
    public ReadOnlyStringProperty firstTitle() {
        return firstTitle;
    }

    /** Progress of the first running task (-1 = indeterminate, 0 when idle). */
    public ReadOnlyDoubleProperty firstProgress() {
        return firstProgress;
    }

    @Override
    public void close() {
        List.copyOf(running).forEach(Task::cancel); // a cancelled task leaves the list at once
        executor.shutdownNow();
    }
}
