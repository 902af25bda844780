package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

class SampleLlmLossTest {
    private static final float[] LOGITS = {
            0.5f, -0.2f, 0.1f, 0.3f,
            0.2f, 0.4f, -0.1f, 0.0f,
            0.1f, 0.2f, 0.3f, -0.4f};
    private static final double[][] SCORES = {
            {1.0, 0.2, 0.6, 0.0},   // best: 0, 2; worst: 3, 1
            {0.9, 0.7, 0.8, 0.0},   // best: 0, 2; worst: 3, 1 -> LLM 1 scores 0.7 > 0.5 so it is excluded (-inf)
            {0.4, -0.3, -0.1, -0.2}}; // best: 0, 2 (score -0.1 -> masked); worst: 1, 3

    /** -log(e^pos / sum of e^each). */
    private static double nll(double positive, double... negatives) {
        double sum = Math.exp(positive);
        for (double n : negatives) {
            sum += Math.exp(n);
        }
        return -Math.log(Math.exp(positive) / sum);
    }

    @Test
    void anLlmWithoutAScoreIsNeitherPositiveNorNegative() {
        double[][] scores = {
                {1.0, Double.NaN, 0.6, 0.0},                // scored 0, 2, 3: positives 0, 2; negatives 3, 2 (0.6 > 0.5: excluded)
                {Double.NaN, Double.NaN, 1.0, Double.NaN}}; // only LLM 2: a lone positive, no negatives, no second positive
        double first = (nll(0.5, 0.3) + nll(-0.1)) / 2;
        double second = (nll(0.1, 0.3) + 0.0) / 2;
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            NDArray logits = manager.create(java.util.Arrays.copyOf(LOGITS, 8), new Shape(2, 4));
            double loss = SampleLlmLoss.loss(logits, scores, 2, 2).getFloat();
            assertThat(loss).isCloseTo(first + second, within(1e-5));
        }
    }

    @Test
    void matchesHandComputedValueWithExclusionAndMask() {
        double firstPositive = (nll(0.5, 0.3, -0.2) + nll(0.2, 0.0) + nll(0.1, -0.4, 0.2)) / 3;
        double secondPositive = (nll(0.1, 0.3, -0.2) + nll(-0.1, 0.0) + 0.0) / 3; // row 2 masked but still counted
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            NDArray logits = manager.create(LOGITS, new Shape(3, 4));
            double loss = SampleLlmLoss.loss(logits, SCORES, 2, 2).getFloat();
            assertThat(loss).isCloseTo(firstPositive + secondPositive, within(1e-5));
        }
    }

    @Test
    void singlePositiveIsTheFirstTermOnly() {
        double expected = (nll(0.5, 0.3, -0.2) + nll(0.2, 0.0) + nll(0.1, -0.4, 0.2)) / 3;
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            double loss = SampleLlmLoss.loss(manager.create(LOGITS, new Shape(3, 4)), SCORES, 1, 2).getFloat();
            assertThat(loss).isCloseTo(expected, within(1e-5));
        }
    }

    @Test
    void excludedNegativesGetNoGradientAndNothingIsNaN() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch");
             GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray logits = manager.create(LOGITS, new Shape(3, 4));
            logits.setRequiresGradient(true);
            collector.backward(SampleLlmLoss.loss(logits, SCORES, 2, 2));
            float[] gradient = logits.getGradient().toFloatArray();
            for (float g : gradient) {
                assertThat(Float.isFinite(g)).isTrue();
            }
            assertThat(gradient[4 + 1]).isZero(); // row 1, LLM 1: excluded negative
            assertThat(gradient[0]).isNegative(); // pushing the best LLM's score up lowers the loss
        }
    }

    @Test
    void ordersLlmsByScoreWithTiesByIndex() {
        assertThat(SampleLlmLoss.order(new double[] {0.0, 1.0, 0.0, 0.5})).containsExactly(1, 3, 0, 2);
    }
}
