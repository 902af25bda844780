package org.routerdc.workbench.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LengthBucketsTest {
    @Test
    void shortAndLongRowsGoToSeparateGroupsAndEveryPositionAppearsOnce() {
        int[] lengths = {300, 12, 15, 290, 10, 310, 14, 11};
        int[][] groups = LengthBuckets.group(lengths);

        assertThat(groups).hasNumberOfRows(2);
        assertThat(groups[0]).containsExactlyInAnyOrder(1, 2, 4, 6, 7);
        assertThat(groups[1]).containsExactlyInAnyOrder(0, 3, 5);
    }

    @Test
    void similarLengthsStayOneGroupBecauseAnotherPassCostsMoreThanItsPadding() {
        assertThat(LengthBuckets.group(new int[] {20, 22, 25, 21})).hasNumberOfRows(1);
    }

    @Test
    void groupingNeverPadsMoreThanOneGroupWould() {
        java.util.Random random = new java.util.Random(3);
        for (int trial = 0; trial < 50; trial++) {
            int[] lengths = random.ints(64, 5, 513).toArray();
            int[][] groups = LengthBuckets.group(lengths);
            long padded = 0;
            for (int[] g : groups) {
                padded += (long) g.length * Arrays.stream(g).map(i -> lengths[i]).max().orElseThrow()
                        + LengthBuckets.GROUP_OVERHEAD_TOKENS;
            }
            long single = 64L * Arrays.stream(lengths).max().orElseThrow() + LengthBuckets.GROUP_OVERHEAD_TOKENS;
            assertThat(padded).isLessThanOrEqualTo(single);
            assertThat(Arrays.stream(groups).flatMapToInt(Arrays::stream).sorted().toArray())
                    .containsExactly(java.util.stream.IntStream.range(0, 64).toArray());
        }
    }
}
