package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.train.GraphConstant;

class GradientNormTest {
    @Test
    void gradientsThreeAndFourHaveNormFiveAndClipToPointSixPointEight() {
        try (NDManager m = NDManager.newBaseManager("PyTorch")) {
            Parameter a = parameter("a", m), b = parameter("b", m);
            try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray x = a.getArray(), y = b.getArray();
                collector.backward(x.mul(GraphConstant.like(x, 3)).add(y.mul(GraphConstant.like(y, 4))).sum());
            }
            try (NDManager scratch = m.newSubManager()) {
                assertThat(GradientNorm.clip(List.of(a, b), 1.0, scratch)).isCloseTo(5.0, within(1e-6));
                assertThat(a.getArray().getGradient().getFloat()).isCloseTo(0.6f, within(1e-6f));
                assertThat(b.getArray().getGradient().getFloat()).isCloseTo(0.8f, within(1e-6f));
                assertThat(GradientNorm.clip(List.of(a, b), 0, scratch)).as("0 = off, norm still reported")
                        .isCloseTo(1.0, within(1e-6));
            }
        }
    }

    private static Parameter parameter(String name, NDManager m) {
        Parameter p = Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).build();
        p.setArray(m.create(new float[] {1f}));
        p.getArray().setRequiresGradient(true);
        return p;
    }
}
