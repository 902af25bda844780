package org.routerdc.workbench.finetune;

import java.util.Arrays;

/** A float32 tensor in row-major order. */
public record WeightTensor(float[] data, long[] shape) {
    public WeightTensor {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, got " + data.length);
        }
    }

    /** Swaps the two axes of a matrix: ONNX MatMul weights are [in, out], torch Linear weights are [out, in]. */
    public WeightTensor transposed() {
        if (shape.length != 2) {
            throw new IllegalStateException("only matrices can be transposed, shape " + Arrays.toString(shape));
        }
        int rows = (int) shape[0], cols = (int) shape[1];
        float[] t = new float[data.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = data[r * cols + c];
            }
        }
        return new WeightTensor(t, new long[] {cols, rows});
    }

    public boolean sameValues(WeightTensor other) {
        return Arrays.equals(shape, other.shape) && Arrays.equals(data, other.data);
    }
}
