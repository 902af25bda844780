package org.routerdc.workbench.app.training;

import java.util.List;

/** How a worker process ended: its exit code and the last lines it wrote to stderr. */
public record WorkerOutcome(int exitCode, List<String> stderrTail) {
    public WorkerOutcome {
        stderrTail = List.copyOf(stderrTail);
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
