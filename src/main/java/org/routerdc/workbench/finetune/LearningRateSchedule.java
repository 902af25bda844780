package org.routerdc.workbench.finetune;

/** Linear warm-up to the peak rate, then linear decay towards zero at the last step (as Hugging Face's schedule). */
public final class LearningRateSchedule {
    private LearningRateSchedule() {}

    /**
     * The factor on the peak rate for optimiser step {@code step} (1-based) of {@code total}: k/w during the
     * {@code warmup} steps, then (total - k + 1)/(total - w), so the first step after warm-up uses the peak and the
     * last step still moves a little.
     */
    public static double factor(int step, int warmup, int total) {
        if (step < 1 || step > total) {
            throw new IllegalArgumentException("step " + step + " outside 1.." + total);
        }
        if (step <= warmup) {
            return (double) step / warmup;
        }
        return (double) (total - step + 1) / (total - warmup);
    }
}
