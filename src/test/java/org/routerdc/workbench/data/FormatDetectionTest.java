package org.routerdc.workbench.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Format chosen from extension and content. */
class FormatDetectionTest {
    private static final String ROW = "{\"question\": \"q\", \"scores\": {\"a\": 1, \"b\": 0}}";

    @Test
    void jsonFileStartingWithABraceIsJsonLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rows.json");
        Files.writeString(file, "\n  " + ROW + "\n" + ROW.replace("\"q\"", "\"r\"") + "\n");

        assertThat(FormatDetector.detect(file)).contains(TableFormat.JSON_LINES);
        assertThat(ScoreTables.read(file, null).texts()).containsExactly("q", "r");
    }

    @Test
    void ndjsonAndUnknownExtensionsFollowTheContent(@TempDir Path dir) throws Exception {
        Path ndjson = Files.writeString(dir.resolve("rows.ndjson"), ROW + "\n");
        Path array = Files.writeString(dir.resolve("rows.txt"), "[" + ROW + "]");
        Path csv = Files.writeString(dir.resolve("rows.dat"), "query,a,b\nq,1,0\n");

        assertThat(FormatDetector.detect(ndjson)).contains(TableFormat.JSON_LINES);
        assertThat(FormatDetector.detect(array)).contains(TableFormat.ROUTERDC_JSON);
        assertThat(FormatDetector.detect(csv)).contains(TableFormat.WIDE_CSV);
        assertThat(ScoreTables.read(csv, null).name()).isEqualTo("rows");
    }

    @Test
    void tabSeparatedWithRouterBenchExtras(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.tsv");
        Files.writeString(file, "Unnamed: 0\tsample_id\tquestion\teval_name\tcluster_id\tm1\tm2\tm1|total_cost"
                + "\tm2|total_cost\tm1|model_response\toracle_model_to_route_to\n"
                + "0\tmmlu.val.3\tWhat is 1, 2, 3?\tmmlu\t7\t1\t0\t0.001\t0.002\tsix, probably\tm1\n");

        ScoreTable table = ScoreTables.read(file, null);
        assertThat(table.llms()).containsExactly("m1", "m2");
        QueryRow row = table.rows().getFirst();
        assertThat(row.id()).isEqualTo("mmlu.val.3");
        assertThat(row.text()).isEqualTo("What is 1, 2, 3?");
        assertThat(row.task()).isEqualTo("mmlu");
        assertThat(row.clusterId()).isEqualTo(7);
        assertThat(row.costs()).containsExactly(0.001, 0.002);
    }
}
