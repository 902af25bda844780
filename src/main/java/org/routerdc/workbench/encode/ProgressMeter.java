package org.routerdc.workbench.encode;

/** Turns "done so far" into rows/s and an ETA for {@link EncodeProgress}; rates count only rows actually encoded. */
final class ProgressMeter {
    private final EncodeProgress sink;
    private final int total;
    private final int alreadyDone;
    private final long startNanos = System.nanoTime();

    ProgressMeter(EncodeProgress sink, int total, int alreadyDone) {
        this.sink = sink;
        this.total = total;
        this.alreadyDone = alreadyDone;
    }

    void report(int done) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        int encoded = done - alreadyDone;
        double rate = seconds > 0 ? encoded / seconds : 0;
        double eta = rate > 0 ? (total - done) / rate : (done == total ? 0 : Double.NaN);
        sink.update(done, total, rate, eta);
    }
}
