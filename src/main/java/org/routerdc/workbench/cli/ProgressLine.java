package org.routerdc.workbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.routerdc.workbench.encode.EncodeProgress;

/** Encoding progress as readable lines on stderr, at most twice a second, with rows/s and ETA. */
final class ProgressLine {
    private ProgressLine() {
    }

    static EncodeProgress to(PrintWriter err, String label) {
        return new ThrottledProgress((done, total, rowsPerSecond, etaSeconds) -> {
            err.println(String.format(Locale.ROOT, "%s: %d/%d rows (%.0f rows/s%s)", label, done, total, rowsPerSecond,
                    Double.isNaN(etaSeconds) || done == total ? "" : String.format(Locale.ROOT, ", ETA %.0f s", etaSeconds)));
            err.flush();
        });
    }
}
