package org.routerdc.workbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AdamW as PyTorch's {@code torch.optim.AdamW} (betas 0.9/0.999, eps 1e-8): decoupled decay p -= lr·wd·p, then
 * p -= lr·m̂/(√v̂ + eps). Its state (m, v per parameter, step count) is plain NDArrays so checkpoints can save it.
 */
public final class AdamW {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double weightDecay;
    private final Map<String, NDArray> firstMoments = new LinkedHashMap<>();
    private final Map<String, NDArray> secondMoments = new LinkedHashMap<>();
    private final NDManager stateManager;
    private long step;

    /** @param stateManager owns the moment arrays; it must outlive the optimiser */
    public AdamW(double learningRate, double weightDecay, NDManager stateManager) {
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
        this.stateManager = stateManager;
    }

    /** Call once per optimisation step, before the per-parameter {@link #update}s. */
    public void nextStep() {
        step++;
    }

    /**
     * Updates {@code parameter} in place. Temporaries go to {@code scratch}, which the caller closes.
     * The moment arrays are created (zero) on a parameter's first update.
     */
    public void update(String name, NDArray parameter, NDArray gradient, NDManager scratch) {
        update(name, parameter, gradient, scratch, learningRate);
    }

    /** As {@link #update(String, NDArray, NDArray, NDManager)} with this step's learning rate (for schedules). */
    public void update(String name, NDArray parameter, NDArray gradient, NDManager scratch, double learningRate) {
        NDArray m = firstMoments.computeIfAbsent(name, k -> stateManager.zeros(parameter.getShape(), parameter.getDataType(), parameter.getDevice()));
        NDArray v = secondMoments.computeIfAbsent(name, k -> stateManager.zeros(parameter.getShape(), parameter.getDataType(), parameter.getDevice()));
        NDArray g = gradient.duplicate();
        g.attach(scratch);
        m.muli(BETA1).addi(g.mul(GraphConstant.like(g, 1 - BETA1)));
        v.muli(BETA2).addi(g.square().muli(1 - BETA2));
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = 1 - Math.pow(BETA2, step);
        NDArray denominator = sqrtOf(v, scratch).divi(Math.sqrt(correction2)).addi(EPSILON);
        NDArray change = copyOf(m, scratch).divi(denominator).muli(learningRate / correction1);
        parameter.muli(1 - learningRate * weightDecay);
        parameter.subi(change);
    }

    private static NDArray sqrtOf(NDArray a, NDManager scratch) {
        NDArray r = a.sqrt();
        r.attach(scratch);
        return r;
    }

    private static NDArray copyOf(NDArray a, NDManager scratch) {
        NDArray r = a.duplicate();
        r.attach(scratch);
        return r;
    }

    public long stepCount() {
        return step;
    }

    public Map<String, NDArray> firstMoments() {
        return firstMoments;
    }

    public Map<String, NDArray> secondMoments() {
        return secondMoments;
    }

    /** Restores saved state (arrays become owned by this optimiser's maps). */
    public void restore(long stepCount, Map<String, NDArray> m, Map<String, NDArray> v) {
        step = stepCount;
        firstMoments.putAll(m);
        secondMoments.putAll(v);
    }
}
