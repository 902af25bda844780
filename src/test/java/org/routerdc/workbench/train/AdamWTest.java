package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class AdamWTest {

    @Test
    void twoStepsMatchTorchAdamWByHand() {
        // lr 0.1, wd 0.01: step 1 moves each weight by lr*sign(g) after decay: 1*0.999 - 0.1, -2*0.999 + 0.1
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            NDArray p = manager.create(new float[] {1.0f, -2.0f});
            AdamW adam = new AdamW(0.1, 0.01, manager);
            step(adam, p, manager, new float[] {0.5f, -0.1f});
            assertThat(p.getFloat(0)).isCloseTo(0.899f, within(1e-6f));
            assertThat(p.getFloat(1)).isCloseTo(-1.898f, within(1e-6f));
            step(adam, p, manager, new float[] {0.2f, 0.3f});
            // m = 0.9m + 0.1g, v = 0.999v + 0.001g^2, bias-corrected with t = 2 (worked out by hand, double precision)
            assertThat(p.getFloat(0)).isCloseTo(0.8082435f, within(1e-6f));
            assertThat(p.getFloat(1)).isCloseTo(-1.9455210f, within(1e-6f));
            assertThat(adam.stepCount()).isEqualTo(2);
            assertThat(adam.firstMoments().get("p").getFloat(0)).isCloseTo(0.9f * 0.05f + 0.02f, within(1e-7f));
        }
    }

    private static void step(AdamW adam, NDArray p, NDManager manager, float[] gradient) {
        try (NDManager scratch = manager.newSubManager()) {
            adam.nextStep();
            adam.update("p", p, scratch.create(gradient), scratch);
        }
    }
}
