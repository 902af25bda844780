package org.routerdc.workbench.encode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeftTruncationTest {

    @Test
    void keepsClsTheLastContentTokensAndSep() {
        long[] special = {1, 0, 0, 0, 0, 0, 1}; // [CLS] a b c d e [SEP]
        assertThat(LeftTruncation.keptIndices(special, 5)).containsExactly(0, 3, 4, 5, 6);
        long[] ids = {101, 11, 12, 13, 14, 15, 102};
        assertThat(LeftTruncation.select(ids, LeftTruncation.keptIndices(special, 5))).containsExactly(101, 13, 14, 15, 102);
    }

    @Test
    void shortSequencesAreUntouched() {
        assertThat(LeftTruncation.keptIndices(new long[]{1, 0, 1}, 5)).containsExactly(0, 1, 2);
        assertThat(LeftTruncation.keptIndices(new long[]{1, 0, 0, 1}, 4)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void worksWithoutSpecialTokens() {
        assertThat(LeftTruncation.keptIndices(new long[]{0, 0, 0, 0}, 2)).containsExactly(2, 3);
    }

    @Test
    void refusesALimitThatLeavesNoContent() {
        assertThatThrownBy(() -> LeftTruncation.keptIndices(new long[]{1, 0, 0, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLength 2");
    }
}
