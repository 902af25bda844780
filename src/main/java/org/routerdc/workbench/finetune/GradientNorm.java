package org.routerdc.workbench.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.List;

/** Global L2 gradient-norm clipping over several parameter groups, as {@code torch.nn.utils.clip_grad_norm_}. */
final class GradientNorm {
    private GradientNorm() {}

    /**
     * Scales every gradient by min(1, maxNorm / (norm + 1e-6)) when {@code maxNorm > 0}.
     *
     * @return the norm before clipping
     */
    static double clip(List<Parameter> parameters, double maxNorm, NDManager scratch) {
        double squares = 0;
        for (Parameter p : parameters) {
            NDArray g = p.getArray().getGradient();
            g.attach(scratch);
            NDArray s = g.square().sum();
            s.attach(scratch);
            squares += s.getFloat();
        }
        double norm = Math.sqrt(squares);
        if (maxNorm > 0 && norm > maxNorm) {
            float scale = (float) (maxNorm / (norm + 1e-6));
            for (Parameter p : parameters) {
                NDArray g = p.getArray().getGradient();
                g.attach(scratch);
                g.muli(scale);
            }
        }
        return norm;
    }
}
