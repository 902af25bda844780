package org.routerdc.workbench.files;

import java.util.Arrays;

/** A float32 tensor: its shape and its values in row-major order. */
public record Tensor(long[] shape, float[] values) {
    public Tensor {
        long size = 1;
        for (long dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            size = Math.multiplyExact(size, dim);
        }
        if (size != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size + " values, got " + values.length);
        }
    }

    public static Tensor vector(float[] values) {
        return new Tensor(new long[] {values.length}, values);
    }

    public static Tensor matrix(float[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        float[] flat = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new IllegalArgumentException("ragged matrix at row " + r);
            }
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        return new Tensor(new long[] {rows.length, cols}, flat);
    }

    public float[][] toMatrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("not a matrix: shape " + Arrays.toString(shape));
        }
        int rows = (int) shape[0];
        int cols = (int) shape[1];
        float[][] matrix = new float[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(values, r * cols, matrix[r], 0, cols);
        }
        return matrix;
    }

    /** Swaps the two axes of a matrix: ONNX MatMul weights are [in, out], torch Linear weights are [out, in]. */
    public Tensor transposed() {
        if (shape.length != 2) {
            throw new IllegalStateException("only matrices can be transposed, shape " + Arrays.toString(shape));
        }
        int rows = (int) shape[0], cols = (int) shape[1];
        float[] t = new float[values.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t[c * rows + r] = values[r * cols + c];
            }
        }
        return new Tensor(new long[] {cols, rows}, t);
    }

    /** Same shape and bit-identical values (records compare arrays by reference). */
    public boolean sameValues(Tensor other) {
        return Arrays.equals(shape, other.shape) && Arrays.equals(values, other.values);
    }
}
