package org.routerdc.workbench.cli;

import org.routerdc.workbench.encode.EncodeProgress;

/** Passes at most two progress updates a second on to {@code delegate}, and always the final one. */
final class ThrottledProgress implements EncodeProgress {
    private static final long INTERVAL_NANOS = 500_000_000L;

    private final EncodeProgress delegate;
    private long last;

    ThrottledProgress(EncodeProgress delegate) {
        this.delegate = delegate;
    }

    @Override
    public void update(int done, int total, double rowsPerSecond, double etaSeconds) {
        long now = System.nanoTime();
        if (done < total && now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        delegate.update(done, total, rowsPerSecond, etaSeconds);
    }
}
