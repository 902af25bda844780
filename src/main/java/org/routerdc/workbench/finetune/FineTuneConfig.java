package org.routerdc.workbench.finetune;

/**
 * Settings of encoder fine-tuning, beside the {@code TrainingConfig} that still governs head, losses, steps and
 * batch size (the head and LLM vectors keep {@code TrainingConfig.learningRate()}).
 *
 * @param mode         which layers train
 * @param encoderLr    peak AdamW learning rate of the encoder layers
 * @param warmupSteps  linear warm-up steps for both learning rates; -1 = 5% of the steps
 * @param clipNorm     clip the global gradient norm (encoder + head + LLM vectors) to this; 0 = off
 * @param accumulate   micro-batches per optimiser step (effective batch = batch size × accumulate)
 */
public record FineTuneConfig(FineTuneMode mode, double encoderLr, int warmupSteps, double clipNorm, int accumulate) {
    /** The paper's encoder learning rate (RouterDC fine-tunes the whole encoder with 5e-5). */
    public static final double PAPER_ENCODER_LR = 5e-5;
    /** For top-N: fewer, higher layers tolerate a larger rate (measured on sample-data, see README). */
    public static final double TOP_LAYERS_ENCODER_LR = 1e-4;

    public FineTuneConfig {
        if (!(encoderLr > 0) || warmupSteps < -1 || clipNorm < 0 || accumulate < 1) {
            throw new IllegalArgumentException("fine-tune config: encoder lr must be > 0, warm-up >= 0, clip norm >= 0, "
                    + "accumulate >= 1 (got " + encoderLr + ", " + warmupSteps + ", " + clipNorm + ", " + accumulate + ")");
        }
    }

    public static FineTuneConfig defaults(FineTuneMode mode) {
        return new FineTuneConfig(mode, mode.all() ? PAPER_ENCODER_LR : TOP_LAYERS_ENCODER_LR, -1, 1.0, 1);
    }

    public int warmupFor(int steps) {
        return warmupSteps >= 0 ? Math.min(warmupSteps, steps) : (int) Math.round(steps * 0.05);
    }

    public FineTuneConfig withEncoderLr(double v) { return new FineTuneConfig(mode, v, warmupSteps, clipNorm, accumulate); }
    public FineTuneConfig withWarmupSteps(int v) { return new FineTuneConfig(mode, encoderLr, v, clipNorm, accumulate); }
    public FineTuneConfig withClipNorm(double v) { return new FineTuneConfig(mode, encoderLr, warmupSteps, v, accumulate); }
    public FineTuneConfig withAccumulate(int v) { return new FineTuneConfig(mode, encoderLr, warmupSteps, clipNorm, v); }
}
