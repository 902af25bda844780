package org.routerdc.workbench.app.training;

import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.routerdc.workbench.train.TrainingEvent;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs one training worker process per start. Its events go into {@link #events()}, which the view model drains on
 * the FX thread a few times a second (never one runLater per event). The value is how the process ended.
 */
public final class TrainingService extends Service<WorkerOutcome> {
    private final ConcurrentLinkedQueue<TrainingEvent> events = new ConcurrentLinkedQueue<>();
    private volatile List<String> command = List.of();
    private volatile WorkerProcess process;

    /** The worker command for the next start (FX thread, while not running). */
    public void setCommand(List<String> command) {
        this.command = List.copyOf(command);
    }

    public Queue<TrainingEvent> events() {
        return events;
    }

    /** Asks the running worker to stop cleanly (it writes its checkpoint and saves its best router). */
    public void requestStop() {
        WorkerProcess running = process;
        if (running != null) {
            running.cancel();
        }
    }

    /** Ends the worker at once (app shutdown). */
    public void kill() {
        WorkerProcess running = process;
        if (running != null) {
            running.destroy();
        }
    }

    @Override
    protected Task<WorkerOutcome> createTask() {
        List<String> launch = command;
        return new Task<>() {
            @Override
            protected WorkerOutcome call() throws Exception {
                updateTitle("Training");
                WorkerProcess started = WorkerProcess.start(launch, events::add);
                process = started;
                try {
                    return started.waitFor();
                } finally {
                    process = null;
                }
            }
        };
    }
}
