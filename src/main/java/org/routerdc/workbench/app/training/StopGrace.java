package org.routerdc.workbench.app.training;

import java.time.Duration;

/**
 * How long a worker asked to stop may take before it is force-killed. It finishes its current step, then saves: the
 * best router's bundle and, after fine-tuning, the ONNX write-back and one forward pass over the training rows for
 * the bundle's nearest-query index. So the grace grows with the measured step time: three steps, a fixed allowance
 * for writing files, and half a step per batch of training rows (a forward pass is about a third of a step).
 */
record StopGrace(double stepSeconds, int rows, int batchSize) {
    static final Duration MINIMUM = Duration.ofSeconds(10);
    static final Duration WRITE_ALLOWANCE = Duration.ofSeconds(20);

    /** Nothing measured yet (encoding, or before the first step): the minimum. */
    static final StopGrace UNMEASURED = new StopGrace(0, 0, 1);

    Duration duration() {
        if (stepSeconds <= 0) {
            return MINIMUM;
        }
        double batches = Math.ceil((double) rows / Math.max(1, batchSize));
        double seconds = 3 * stepSeconds + WRITE_ALLOWANCE.toSeconds() + batches * stepSeconds / 2;
        return Duration.ofMillis(Math.max(MINIMUM.toMillis(), Math.round(seconds * 1000)));
    }
}
