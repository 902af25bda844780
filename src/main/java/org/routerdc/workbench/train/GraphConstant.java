package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * A constant factor for arithmetic that autograd differentiates. Use it instead of {@code x.mul(2.0)}: DJL turns
 * the number into a tensor over a Java direct buffer and closes it at once, but autograd keeps that tensor for the
 * backward pass, which then reads the freed buffer if a garbage collection ran in between (garbage gradients; the
 * NaN encoder gradients seen in fine-tuning). This tensor's storage belongs to PyTorch, so autograd's reference
 * keeps it valid after the handle is closed.
 */
public final class GraphConstant {
    private GraphConstant() {
    }

    /** A 0-dimensional tensor holding {@code value}, with {@code like}'s type and device. */
    public static NDArray like(NDArray like, double value) {
        NDArray constant = like.getManager().full(new Shape(), (float) value, like.getDataType());
        return constant.getDevice().equals(like.getDevice()) ? constant : constant.toDevice(like.getDevice(), false);
    }
}
