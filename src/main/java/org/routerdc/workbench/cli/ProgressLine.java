package org.routerdc.workbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.routerdc.workbench.encode.EncodeProgress;

/** Encoding progress on stderr, at most twice a second, with rows/s and ETA. */
final class ProgressLine implements EncodeProgress {
    private final PrintWriter err;
    private final String label;
    private long lastPrint;

    ProgressLine(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void update(int done, int total, double rowsPerSecond, double etaSeconds) {
        long now = System.nanoTime();
        if (done < total && now - lastPrint < 500_000_000L) {
            return;
        }
        lastPrint = now;
        err.println(String.format(Locale.ROOT, "%s: %d/%d rows (%.0f rows/s%s)", label, done, total, rowsPerSecond,
                Double.isNaN(etaSeconds) || done == total ? "" : String.format(Locale.ROOT, ", ETA %.0f s", etaSeconds)));
        err.flush();
    }
}
