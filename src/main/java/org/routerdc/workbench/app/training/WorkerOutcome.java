package org.routerdc.workbench.app.training;

import java.time.Duration;
import java.util.List;

/**
 * How a worker process ended: its exit code, the last lines it wrote to stderr, and whether it was force-killed
 * after ignoring a stop request for {@code forcedAfter} (null when it ended by itself).
 */
public record WorkerOutcome(int exitCode, List<String> stderrTail, Duration forcedAfter) {
    public WorkerOutcome {
        stderrTail = List.copyOf(stderrTail);
    }

    public WorkerOutcome(int exitCode, List<String> stderrTail) {
        this(exitCode, stderrTail, null);
    }

    public boolean forceStopped() {
        return forcedAfter != null;
    }

    /** The last non-blank stderr line that is not a stack-trace frame, or "" when there is none. */
    public String reason() {
        for (int i = stderrTail.size() - 1; i >= 0; i--) {
            String line = stderrTail.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("at ") && !line.startsWith("...")) {
                return line;
            }
        }
        return "";
    }
}
