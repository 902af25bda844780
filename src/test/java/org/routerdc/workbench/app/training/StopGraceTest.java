package org.routerdc.workbench.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StopGraceTest {
    @Test
    void nothingMeasuredGetsTheMinimum() {
        assertThat(StopGrace.UNMEASURED.duration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void fastFrozenStepsStayNearTheWriteAllowance() {
        // 47 ms steps, 5,935 rows in batches of 64: 3 steps + 20 s + 93 batches × half a step = 22.3 s
        assertThat(new StopGrace(0.047, 5935, 64).duration().toMillis()).isEqualTo(22327);
    }

    @Test
    void slowFineTuningStepsGrowTheGraceWithTheForwardPassOverTheRows() {
        // 15 s steps ("all" on 2 cores), 400 rows in batches of 16: 45 + 20 + 25 × 7.5 = 252.5 s
        assertThat(new StopGrace(15, 400, 16).duration()).isEqualTo(Duration.ofMillis(252_500));
        assertThat(new StopGrace(15, 400, 16).duration()).isGreaterThan(new StopGrace(15, 100, 16).duration());
    }
}
