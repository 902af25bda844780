package org.routerdc.workbench.encode;

import java.nio.LongBuffer;

/** Flattens a rectangular long[][] into a row-major buffer for ONNX Runtime (faster than its reflective array copy). */
final class Flat {
    private Flat() {
    }

    static LongBuffer of(long[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        long[] flat = new long[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        return LongBuffer.wrap(flat);
    }
}
