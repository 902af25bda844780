package org.routerdc.workbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prices in memory are checked as a price file is, and written in the format {@code --prices} reads. */
class PriceTableTest {
    private static final List<String> LLMS = List.of("cheap", "dear");

    @TempDir
    Path dir;

    @Test
    void writtenPricesReadBackTheSameAndLeaveNoTempFile() throws Exception {
        Path file = dir.resolve("prices.json");
        PriceTable.of(null, Map.of("dear", 0.25, "cheap", 0.001), LLMS).write(file);

        PriceTable read = PriceTable.read(file, LLMS);
        assertThat(read.prices()).containsExactly(Map.entry("cheap", 0.001), Map.entry("dear", 0.25));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("prices.json");
        }
    }

    @Test
    void everyProblemInMemoryIsReportedAsReadingAFileWould() {
        Map<String, Double> prices = new LinkedHashMap<>();
        prices.put("cheap", -1.0);
        prices.put("other", 0.1);
        assertThatThrownBy(() -> PriceTable.of(dir.resolve("p.json"), prices, LLMS))
                .isInstanceOfSatisfying(ScoreTableException.class, e -> assertThat(e.errors().stream().map(DataError::describe))
                        .containsExactly("p.json: LLM 'cheap': cost is negative (-1.0)",
                                "p.json: LLM 'other': unknown LLM (expected one of [cheap, dear])",
                                "p.json: LLM 'dear' has no price (every LLM needs one)"));
        assertThatThrownBy(() -> PriceTable.of(null, Map.of("cheap", Double.POSITIVE_INFINITY, "dear", 1.0), LLMS))
                .isInstanceOfSatisfying(ScoreTableException.class, e -> assertThat(e.errors().getFirst().message())
                        .isEqualTo("LLM 'cheap': cost is not finite (Infinity)"));
    }
}
