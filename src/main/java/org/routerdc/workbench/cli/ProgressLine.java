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
            err.println(line(label, done, total, rowsPerSecond, etaSeconds));
            err.flush();
        });
    }

    /** A rate of 0 means nothing was encoded yet (cache hits are not counted): shown as such, never as "0 rows/s". */
    static String line(String label, int done, int total, double rowsPerSecond, double etaSeconds) {
        String prefix = String.format(Locale.ROOT, "%s: %d/%d rows", label, done, total);
        if (rowsPerSecond > 0) {
            return prefix + String.format(Locale.ROOT, " (%.0f rows/s%s)", rowsPerSecond,
                    Double.isNaN(etaSeconds) || done == total ? "" : String.format(Locale.ROOT, ", ETA %.0f s", etaSeconds));
        }
        return done == total ? prefix + " (all from the cache)" : prefix;
    }
}
