package org.routerdc.workbench.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapPerDatasetTest {
    private static final ScoreTable ABC = new ScoreTable("abc", null, Metric.GRADED, List.of("m"), List.of(
            row("a"), row("b"), row("c")));

    private static QueryRow row(String id) {
        return new QueryRow(id, "text " + id, null, QueryRow.NO_CLUSTER, new double[]{1}, null);
    }

    @Test
    void repeatsTheListThenCuts() {
        ScoreTable capped = ScoreTables.capPerDataset(ABC, 7);

        assertThat(capped.rows()).extracting(QueryRow::id)
                .containsExactly("a", "b", "c", "a@2", "b@2", "c@2", "a@3");
        assertThat(capped.rows()).extracting(QueryRow::text)
                .containsExactly("text a", "text b", "text c", "text a", "text b", "text c", "text a");
        assertThat(capped.name()).isEqualTo("abc");
    }

    @Test
    void truncatesALongerTable() {
        assertThat(ScoreTables.capPerDataset(ABC, 2).rows()).extracting(QueryRow::id).containsExactly("a", "b");
        assertThat(ScoreTables.capPerDataset(ABC, 3).rows()).isEqualTo(ABC.rows());
        assertThat(ScoreTables.capPerDataset(ABC, 0).size()).isZero();
    }

    @Test
    void cannotFillFromNothing() {
        ScoreTable empty = new ScoreTable("e", null, Metric.GRADED, List.of("m"), List.of());
        assertThatThrownBy(() -> ScoreTables.capPerDataset(empty, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreTables.capPerDataset(ABC, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
