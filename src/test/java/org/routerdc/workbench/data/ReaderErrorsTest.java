package org.routerdc.workbench.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.routerdc.workbench.data.TestData.bad;
import static org.routerdc.workbench.data.TestData.errorsOf;

/** Every kind of input problem becomes a DataError with its line and field. */
class ReaderErrorsTest {

    @Test
    void malformedJsonArrayNamesTheParsersLine() throws Exception {
        List<DataError> errors = errorsOf(bad("malformed.json"));

        // the object on line 3 lacks its closing brace; the parser notices on line 4
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.describe()).isEqualTo("malformed.json:4:1: unexpected character ('{'): was expecting double-quote to start field name");
        });
        assertThat(errorsOf(bad("unclosed.json"))).singleElement().satisfies(e -> assertThat(e.describe())
                .isEqualTo("unclosed.json:3:1: the file ends inside an array (']' is missing) opened at line 1, column 1"));
    }

    @Test
    void aTruncatedFileSaysWhereTheUnclosedPartOpenedInWordsNotParserInternals(@TempDir Path dir) throws Exception {
        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, "[{\"question\": \"q\", \"scores\": {\"a\": 1, \"b\": 0}},\n {\"question\": \"r\", \"scores\": {\"a\": 1");
        assertThat(errorsOf(truncated)).singleElement().extracting(DataError::describe)
                .isEqualTo("truncated.json:2:37: the file ends inside an object ('}' is missing) opened at line 2, column 30");

        Files.writeString(truncated, "[{\"question\": \"an unfinished str");
        assertThat(errorsOf(truncated)).singleElement().extracting(DataError::describe).asString()
                .startsWith("truncated.json:1:").endsWith(": the file ends inside a string (a closing \" is missing)");

        Path lines = dir.resolve("truncated.jsonl");
        Files.writeString(lines, "{\"question\": \"q\", \"scores\": {\"a\": 1}}\n{\"question\": \"r\", \"scores\": {\"a\": 1}\n");
        assertThat(errorsOf(lines)).singleElement().extracting(DataError::describe).asString()
                .startsWith("truncated.jsonl:2:").endsWith(": the line ends inside an object ('}' is missing) opened at column 1");

        Files.writeString(truncated, "[{\"question\": \"q\", \"scores\": {\"a\": 1" + "9".repeat(2000) + "}}]");
        assertThat(errorsOf(truncated)).singleElement().extracting(DataError::describe).asString()
                .startsWith("truncated.json: ").contains("too large for this reader: number value length (2001) exceeds the maximum allowed (1000)")
                .doesNotContain("`", "Source", "StreamReadConstraints");
    }

    @Test
    void malformedJsonLineDoesNotStopTheOtherLines() throws Exception {
        assertThat(errorsOf(bad("malformed.jsonl")))
                .extracting(DataError::line, DataError::field)
                .containsExactly(tuple(2L, null), tuple(3L, "scores.a"));
    }

    @Test
    void missingBlankOrMistypedQuestion() throws Exception {
        assertThat(errorsOf(bad("missing_question.jsonl")))
                .extracting(DataError::line, DataError::field, DataError::message)
                .containsExactly(
                        tuple(2L, "question", "missing question"),
                        tuple(3L, "question", "question is blank"),
                        tuple(4L, "question", "expected a string, found a number"));
    }

    @Test
    void nonNumericNanInfiniteNullAndObjectScoresAreRejectedNumericStringsAndBooleansAccepted() throws Exception {
        assertThat(errorsOf(bad("bad_scores.jsonl")))
                .extracting(DataError::line, DataError::field, DataError::message)
                .containsExactly(
                        tuple(3L, "scores.a", "expected a number, found 'high'"),
                        tuple(4L, "scores.a", "value is NaN, expected a finite number"),
                        tuple(5L, "scores.b", "value is infinite, expected a finite number"),
                        tuple(6L, "scores.a", "value is missing (null or empty)"),
                        tuple(7L, "scores.a", "expected a number, found an object"));
    }

    @Test
    void acceptedLenientScores(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lenient.jsonl");
        Files.writeString(file, "{\"question\": \"q\", \"scores\": {\"a\": \" 0.5 \", \"b\": true, \"c\": false}}\n");

        assertThat(ScoreTables.read(file, null).rows().getFirst().scores()).containsExactly(0.5, 1.0, 0.0);
    }

    @Test
    void missingAndExtraLlmNameTheRowAndTheLlm() throws Exception {
        List<DataError> errors = errorsOf(bad("missing_llm.json"));

        assertThat(errors).extracting(DataError::line, DataError::field)
                .containsExactly(tuple(4L, "scores.b"), tuple(5L, "scores.d"));
        assertThat(errors.get(0).message()).isEqualTo("row 3: LLM 'b' is missing from this row");
        assertThat(errors.get(1).message()).startsWith("row 4: extra LLM 'd'");
    }

    @Test
    void duplicateIdsWithinAFile() throws Exception {
        assertThat(errorsOf(bad("duplicate_ids.jsonl"))).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("id");
            assertThat(e.message()).contains("'x1'");
        });
    }

    @Test
    void emptyFilesHaveNoRows() throws Exception {
        for (String name : List.of("empty.json", "empty_array.json", "header_only.csv")) {
            assertThat(errorsOf(bad(name))).as(name).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("no rows"));
        }
    }

    @Test
    void invalidUtf8NamesTheLine() throws Exception {
        assertThat(errorsOf(bad("latin1.csv"))).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("UTF-8");
        });
        assertThat(errorsOf(bad("latin1.jsonl"))).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void utf8ByteOrderMarkIsFine() throws Exception {
        assertThat(ScoreTables.read(bad("bom.json"), null).rows().getFirst().text()).isEqualTo("café");
        ScoreTable csv = ScoreTables.read(bad("bom.csv"), null); // also: ';' delimiter sniffed
        assertThat(csv.llms()).containsExactly("a", "b");
        assertThat(csv.rows().getFirst().text()).isEqualTo("first");
    }

    @Test
    void csvRowsWithWrongColumnCount() throws Exception {
        assertThat(errorsOf(bad("wrong_columns.csv")))
                .extracting(DataError::line, DataError::message)
                .containsExactly(tuple(3L, "row has 4 columns, the header has 3"),
                        tuple(4L, "row has 2 columns, the header has 3"));
    }

    @Test
    void csvWithoutPromptColumn() throws Exception {
        assertThat(errorsOf(bad("no_prompt.csv"))).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.field()).isEqualTo("prompt");
        });
    }

    @Test
    void malformedCsvQuoting() throws Exception {
        assertThat(errorsOf(bad("malformed.csv"))).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).startsWith("malformed CSV");
        });
    }

    @Test
    void csvCellsBlankQuestionBadScoreAndBadCluster() throws Exception {
        assertThat(errorsOf(bad("bad_cells.csv")))
                .extracting(DataError::line, DataError::field)
                .containsExactly(tuple(3L, "question"), tuple(4L, "scores.a"), tuple(4L, "scores.b"),
                        tuple(5L, "cluster_id"));
    }

    @Test
    void csvLinesCountPhysicalLinesWhenPromptsSpanLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("multiline.csv");
        Files.writeString(file, "prompt,a,b\n\"line one\nline two\",1,0\nok,1,x\n");

        assertThat(errorsOf(file)).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void unknownMetricHintAndNonJsonContent() throws Exception {
        assertThat(errorsOf(bad("bad_metric.jsonl"))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("metric"));
        assertThat(errorsOf(bad("not_json.json"))).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("not a score table"));
    }

    @Test
    void keepsFiftyErrorsThenCountsTheRest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("many.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("{\"question\": \"q").append(i).append("\", \"scores\": {\"a\": \"bad\"}}\n");
        }
        Files.writeString(file, text);

        List<DataError> errors = errorsOf(file);
        assertThat(errors).hasSize(51);
        assertThat(errors.get(49).line()).isEqualTo(50);
        assertThat(errors.getLast().message()).isEqualTo("... and 10 more errors");
    }

    @Test
    void describeGivesOneReadableLine() throws Exception {
        assertThat(errorsOf(bad("duplicate_ids.jsonl")).getFirst().describe())
                .isEqualTo("duplicate_ids.jsonl:3: field 'id': duplicate id 'x1'");
    }
}
