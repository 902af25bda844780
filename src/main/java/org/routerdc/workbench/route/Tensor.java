package org.routerdc.workbench.route;

import java.util.Arrays;

/** A named float32 tensor: row-major values and a shape. */
public record Tensor(long[] shape, float[] values) {
    public Tensor {
        long size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        if (size != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size + " values, got " + values.length);
        }
    }

    public static Tensor vector(float[] values) {
        return new Tensor(new long[]{values.length}, values);
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
        return new Tensor(new long[]{rows.length, cols}, flat);
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
}
