package org.routerdc.workbench.finetune;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBudgetTest {

    @Test
    void shortRowsAreCappedByRowCountAndLongRowsByPaddedTokens() {
        int[] lengths = new int[100];
        for (int i = 0; i < 100; i++) {
            lengths[i] = i < 60 ? 20 : 512;
        }
        assertThat(TokenBudget.chunkEnd(0, 100, i -> lengths[i])).isEqualTo(32);
        // 28 short rows, then the long ones would pad to 512: only 8 rows of 512 fit in 4,096 tokens
        assertThat(TokenBudget.chunkEnd(32, 100, i -> lengths[i])).isEqualTo(60);
        assertThat(TokenBudget.chunkEnd(60, 100, i -> lengths[i])).isEqualTo(68);
    }

    @Test
    void aRowLongerThanTheBudgetStillGetsAChunkOfItsOwn() {
        int[] lengths = {5000, 6000};
        assertThat(TokenBudget.chunkEnd(0, 2, i -> lengths[i])).isEqualTo(1);
        assertThat(TokenBudget.chunkEnd(1, 2, i -> lengths[i])).isEqualTo(2);
    }
}
