package org.routerdc.workbench.encode;

/**
 * How to run an encoder.
 *
 * @param pooling   CLS or MEAN; {@code null} = the model's own default (bge: CLS)
 * @param maxLength tokens per text including special tokens; longer texts keep their END (left truncation, as RouterDC)
 * @param batchSize texts per ONNX Runtime call (batches are also capped at {@link #MAX_BATCH_TOKENS} padded tokens)
 * @param device    CPU, GPU or AUTO
 */
public record EncoderOptions(Pooling pooling, int maxLength, int batchSize, DevicePreference device) {
    /** Padded tokens per batch at most, so batches of long texts stay small in memory (attention is quadratic). */
    public static final int MAX_BATCH_TOKENS = 8192;

    public EncoderOptions {
        if (maxLength < 3) {
            throw new IllegalArgumentException("maxLength must be at least 3 (two special tokens + one word), got " + maxLength);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        if (device == null) {
            throw new IllegalArgumentException("device must not be null");
        }
    }

    public static EncoderOptions defaults() {
        return new EncoderOptions(null, 512, 32, DevicePreference.AUTO);
    }

    public EncoderOptions withPooling(Pooling newPooling) {
        return new EncoderOptions(newPooling, maxLength, batchSize, device);
    }

    public EncoderOptions withMaxLength(int newMaxLength) {
        return new EncoderOptions(pooling, newMaxLength, batchSize, device);
    }

    public EncoderOptions withBatchSize(int newBatchSize) {
        return new EncoderOptions(pooling, maxLength, newBatchSize, device);
    }

    public EncoderOptions withDevice(DevicePreference newDevice) {
        return new EncoderOptions(pooling, maxLength, batchSize, newDevice);
    }
}
