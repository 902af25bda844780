package org.routerdc.workbench.app.training;

import org.routerdc.workbench.train.TrainingEvent;
import org.routerdc.workbench.train.TrainingEvents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A running training worker: its stdout lines become {@link TrainingEvent}s, the last lines of its stderr are kept
 * to explain a death, and "cancel" on its stdin asks it to stop. It is destroyed only if it neither ends nor reports
 * anything for a {@link StopGrace} derived from its measured step time.
 */
final class WorkerProcess {
    private static final Logger LOG = Logger.getLogger(WorkerProcess.class.getName());
    static final int STDERR_LINES = 50;

    private final Process process;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final Thread stdoutReader;
    private final Thread stderrReader;
    private volatile StopGrace grace = StopGrace.UNMEASURED;
    private volatile int rows;
    private volatile int batchSize = 1;
    private volatile long lastEventNanos = System.nanoTime();
    private volatile Duration forcedAfter;

    private WorkerProcess(Process process, Consumer<TrainingEvent> events) {
        this.process = process;
        this.stdoutReader = daemon("training-events", () -> readEvents(process.getInputStream(), event -> {
            measure(event);
            events.accept(event);
        }));
        this.stderrReader = daemon("training-stderr", () -> readStderr(process.getErrorStream()));
    }

    static WorkerProcess start(List<String> command, Consumer<TrainingEvent> events) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        LOG.info(() -> "starting training worker: " + String.join(" ", command.subList(command.indexOf("train"), command.size())));
        return new WorkerProcess(builder.start(), events);
    }

    /**
     * Asks the worker to stop after its current step; destroys it if it is still alive after the grace period. Each
     * event the worker reports while stopping (it is saving) starts the grace period again.
     */
    void cancel() {
        try {
            OutputStream in = process.getOutputStream();
            in.write("cancel\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            LOG.log(Level.FINE, "worker stdin closed", e);
        }
        daemon("training-stop-guard", () -> {
            long askedNanos = System.nanoTime();
            try {
                while (true) {
                    Duration allowed = grace.duration();
                    long deadline = Math.max(askedNanos, lastEventNanos) + allowed.toNanos();
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        LOG.warning("training worker did not stop within " + allowed.toSeconds() + " s of its last report; destroying it");
                        forcedAfter = allowed;
                        process.destroyForcibly();
                        return;
                    }
                    if (process.waitFor(left, TimeUnit.NANOSECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Keeps what the grace period is derived from: the row count, the batch size and the step time. */
    private void measure(TrainingEvent event) {
        lastEventNanos = System.nanoTime();
        if (event instanceof TrainingEvent.Started started) {
            rows = started.rows();
            batchSize = started.config().batchSize();
        } else if (event instanceof TrainingEvent.Step step && step.stepsPerSecond() > 0) {
            grace = new StopGrace(1 / step.stepsPerSecond(), rows, batchSize);
        }
    }

    /** The grace period a stop request gets now. */
    Duration stopGrace() {
        return grace.duration();
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
            return new WorkerOutcome(code, List.copyOf(stderrTail), forcedAfter);
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
