package org.routerdc.workbench.finetune;

/** A training step did not fit in (GPU or heap) memory; the message suggests a smaller batch with accumulation. */
public final class FineTuneOutOfMemory extends FineTuneFailure {
    public FineTuneOutOfMemory(int batchSize, int accumulate, String device, Throwable cause) {
        super(message(batchSize, accumulate, device), cause);
    }

    static String message(int batchSize, int accumulate, String device) {
        String where = device.startsWith("GPU") ? "GPU out of memory" : "out of memory on " + device;
        if (batchSize <= 1) {
            return where + " at batch 1: train fewer layers (--finetune top-N) or use a larger GPU";
        }
        return where + " at batch " + batchSize + ": retry with --batch-size " + batchSize / 2 + " --accumulate "
                + accumulate * 2 + " (the same effective batch of " + batchSize * accumulate + ")";
    }
}
