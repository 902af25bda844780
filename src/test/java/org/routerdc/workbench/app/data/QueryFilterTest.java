package org.routerdc.workbench.app.data;

import org.junit.jupiter.api.Test;
import org.routerdc.workbench.data.QueryRow;

import static org.assertj.core.api.Assertions.assertThat;

class QueryFilterTest {
    @Test
    void matchesTextIdOrTaskIgnoringCase() {
        QueryRow row = new QueryRow("gsm8k#7", "How many Eggs?", "math", -1, new double[]{1}, null);
        assertThat(QueryFilter.matching("eggs").test(row)).isTrue();
        assertThat(QueryFilter.matching("GSM8K#7").test(row)).isTrue();
        assertThat(QueryFilter.matching("MATH").test(row)).isTrue();
        assertThat(QueryFilter.matching("ducks").test(row)).isFalse();
        assertThat(QueryFilter.matching("  ").test(row)).isTrue();
    }

    @Test
    void heatRampGoesFromRedThroughYellowToGreen() {
        assertThat(HeatRamp.colour(0).getRed()).isGreaterThan(HeatRamp.colour(0).getGreen());
        assertThat(HeatRamp.colour(1).getGreen()).isGreaterThan(HeatRamp.colour(1).getRed());
        assertThat(HeatRamp.colour(-3)).isEqualTo(HeatRamp.colour(0));
        assertThat(HeatRamp.colour(7)).isEqualTo(HeatRamp.colour(1));
    }
}
