package org.routerdc.workbench.encode;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LengthBatcherTest {

    @Test
    void sortsByLengthAndCutsAtBatchSize() {
        int[] lengths = {5, 3, 9, 3, 7};
        List<int[]> batches = LengthBatcher.plan(lengths, 2, 1000);
        assertThat(batches).containsExactly(new int[]{1, 3}, new int[]{0, 4}, new int[]{2});
    }

    @Test
    void capsPaddedTokensPerBatch() {
        int[] lengths = {10, 10, 10, 30, 30, 30};
        // 3 x 10 = 30 tokens fit; adding a 30-token text would pad to 4 x 30 = 120 > 60; 2 x 30 = 60 fits.
        List<int[]> batches = LengthBatcher.plan(lengths, 32, 60);
        assertThat(batches).containsExactly(new int[]{0, 1, 2}, new int[]{3, 4}, new int[]{5});
    }

    @Test
    void aTextLongerThanTheCapStillGetsItsOwnBatch() {
        List<int[]> batches = LengthBatcher.plan(new int[]{500, 4}, 8, 100);
        assertThat(batches).containsExactly(new int[]{1}, new int[]{0});
    }

    @Test
    void everyIndexAppearsExactlyOnce() {
        int[] lengths = new int[101];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = (i * 37) % 50 + 1;
        }
        int[] seen = LengthBatcher.plan(lengths, 8, 200).stream().flatMapToInt(Arrays::stream).sorted().toArray();
        assertThat(seen).hasSize(101).startsWith(0).endsWith(100).doesNotHaveDuplicates();
        assertThat(LengthBatcher.plan(new int[0], 8, 200)).isEmpty();
    }
}
