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
        assertThat(HeatScoreCell.colour(0).getRed()).isGreaterThan(HeatScoreCell.colour(0).getGreen());
        assertThat(HeatScoreCell.colour(1).getGreen()).isGreaterThan(HeatScoreCell.colour(1).getRed());
        assertThat(HeatScoreCell.colour(-3)).isEqualTo(HeatScoreCell.colour(0));
        assertThat(HeatScoreCell.colour(7)).isEqualTo(HeatScoreCell.colour(1));
    }
}
