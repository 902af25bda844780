package org.routerdc.workbench.app.training;

import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingEvents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A running training worker: its stdout lines become {@link TrainingEvent}s, the last lines of its stderr are kept
 * to explain a death, and "cancel" on its stdin asks it to stop (it is destroyed if it has not gone 10 s later).
 */
final class WorkerProcess {
    private static final Logger LOG = Logger.getLogger(WorkerProcess.class.getName());
    static final int STDERR_LINES = 50;
    private static final long GRACE_SECONDS = 10;

    private final Process process;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final Thread stdoutReader;
    private final Thread stderrReader;

    private WorkerProcess(Process process, Consumer<TrainingEvent> events) {
        this.process = process;
        this.stdoutReader = daemon("training-events", () -> readEvents(process.getInputStream(), events));
        this.stderrReader = daemon("training-stderr", () -> readStderr(process.getErrorStream()));
    }

    static WorkerProcess start(List<String> command, Consumer<TrainingEvent> events) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        LOG.info(() -> "starting training worker: " + String.join(" ", command.subList(command.indexOf("train"), command.size())));
        return new WorkerProcess(builder.start(), events);
    }

    /** Asks the worker to stop after its current step; destroys it if it is still alive after the grace period. */
    void cancel() {
        try {
            OutputStream in = process.getOutputStream();
            in.write("cancel\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            LOG.log(Level.FINE, "worker stdin closed", e);
        }
        daemon("training-stop-guard", () -> {
            try {
                if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warning("training worker ignored cancel for " + GRACE_SECONDS + " s; destroying it");
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    void destroy() {
        process.destroyForcibly();
    }

    /** Waits for the process and for both readers, so every event it wrote has been delivered. */
    WorkerOutcome waitFor() throws InterruptedException {
        int code = process.waitFor();
        stdoutReader.join(5_000);
        stderrReader.join(5_000);
        synchronized (stderrTail) {
            return new WorkerOutcome(code, List.copyOf(stderrTail));
        }
    }

    private void readEvents(InputStream stream, Consumer<TrainingEvent> events) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    events.accept(TrainingEvents.fromJson(line));
                } catch (RuntimeException e) {
                    keepStderr("(not an event) " + line);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "worker stdout closed", e);
        }
    }

    private void readStderr(InputStream stream) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                keepStderr(line);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "worker stderr closed", e);
        }
    }

    private void keepStderr(String line) {
        LOG.fine(() -> "worker: " + line);
        synchronized (stderrTail) {
            stderrTail.addLast(line);
            while (stderrTail.size() > STDERR_LINES) {
                stderrTail.removeFirst();
            }
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
