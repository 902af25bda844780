package org.routerdc.workbench.encode;

import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PoolerTest {
    // Two rows, three tokens, two dimensions; row 1's last token is padding.
    private final FloatBuffer hidden = FloatBuffer.wrap(new float[]{
            3, 4, 1, 1, 9, 9,
            0, 2, 6, 0, 100, 100});

    @Test
    void clsTakesTheFirstTokenAndNormalises() {
        float[] v = Pooler.pool(hidden, 0, 3, 2, new long[]{1, 1, 1}, Pooling.CLS);
        assertThat(v[0]).isCloseTo(0.6f, within(1e-6f));
        assertThat(v[1]).isCloseTo(0.8f, within(1e-6f));
    }

    @Test
    void meanSkipsPaddingThenNormalises() {
        float[] v = Pooler.pool(hidden, 1, 3, 2, new long[]{1, 1, 0}, Pooling.MEAN);
        // mean of (0,2) and (6,0) = (3,1); norm sqrt(10)
        assertThat(v[0]).isCloseTo((float) (3 / Math.sqrt(10)), within(1e-6f));
        assertThat(v[1]).isCloseTo((float) (1 / Math.sqrt(10)), within(1e-6f));
    }

    @Test
    void zeroVectorStaysZero() {
        assertThat(Pooler.normalize(new float[]{0, 0})).containsExactly(0, 0);
    }
}
