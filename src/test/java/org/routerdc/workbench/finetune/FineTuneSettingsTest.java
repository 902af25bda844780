package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FineTuneSettingsTest {
    @Test
    void modesParseAndCheckTheLayerCount() {
        assertThat(FineTuneMode.parse("frozen").frozen()).isTrue();
        assertThat(FineTuneMode.parse("ALL").all()).isTrue();
        assertThat(FineTuneMode.parse("top-2").trainableLayers()).isEqualTo(2);
        assertThat(FineTuneMode.parse("top-2")).hasToString("top-2");
        for (String bad : new String[] {"top-0", "top--1", "top-x", "top", "bogus", ""}) {
            assertThatThrownBy(() -> FineTuneMode.parse(bad)).as(bad).hasMessageContaining("frozen, top-N");
        }
        FineTuneMode.parse("top-12").checkFits(12);
        assertThatThrownBy(() -> FineTuneMode.parse("top-13").checkFits(12)).hasMessageContaining("only 12 layers");
    }

    @Test
    void defaultsFollowThePaperForAllAndWarmUpIsFivePercent() {
        assertThat(FineTuneConfig.defaults(FineTuneMode.ALL).encoderLr()).isEqualTo(5e-5);
        assertThat(FineTuneConfig.defaults(new FineTuneMode(2)).encoderLr()).isEqualTo(1e-4);
        assertThat(FineTuneConfig.defaults(FineTuneMode.ALL).warmupFor(1000)).isEqualTo(50);
        assertThat(FineTuneConfig.defaults(FineTuneMode.ALL).withWarmupSteps(10).warmupFor(5)).isEqualTo(5);
    }

    @Test
    void scheduleWarmsUpLinearlyThenDecaysLinearly() {
        // 10 steps, 2 warm-up: 0.5, 1, then 8/8 .. 1/8
        double[] expected = {0.5, 1, 1, 7 / 8.0, 6 / 8.0, 5 / 8.0, 4 / 8.0, 3 / 8.0, 2 / 8.0, 1 / 8.0};
        for (int step = 1; step <= 10; step++) {
            assertThat(LearningRateSchedule.factor(step, 2, 10)).as("step %d", step).isCloseTo(expected[step - 1], within(1e-12));
        }
        assertThat(LearningRateSchedule.factor(1, 0, 4)).isEqualTo(1.0);
        assertThatThrownBy(() -> LearningRateSchedule.factor(0, 2, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
