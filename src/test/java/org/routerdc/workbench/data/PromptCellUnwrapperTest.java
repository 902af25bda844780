package org.routerdc.workbench.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromptCellUnwrapperTest {

    @Test
    void unwrapsOneElementListsInEitherQuote() {
        assertThat(PromptCellUnwrapper.unwrap("['What is 2+2?']")).isEqualTo("What is 2+2?");
        assertThat(PromptCellUnwrapper.unwrap("[\"It's raining\"]")).isEqualTo("It's raining");
    }

    @Test
    void joinsSeveralElementsWithANewline() {
        assertThat(PromptCellUnwrapper.unwrap("  [ 'first' ,  \"second\" ] ")).isEqualTo("first\nsecond");
    }

    @Test
    void decodesPythonEscapes() {
        // Python source: ['tab\there', 'it\'s', 'a\\b', 'caf\xe9 \u00fc']
        assertThat(PromptCellUnwrapper.unwrap("['tab\\there', 'it\\'s', 'a\\\\b', 'caf\\xe9 \\u00fc']"))
                .isEqualTo("tab\there\nit's\na\\b\ncafé ü");
        assertThat(PromptCellUnwrapper.unwrap("['line\\nbreak']")).isEqualTo("line\nbreak");
        // Python keeps an unknown escape such as \d verbatim
        assertThat(PromptCellUnwrapper.unwrap("['regex \\d+']")).isEqualTo("regex \\d+");
    }

    @Test
    void leavesEverythingElseAlone() {
        for (String cell : new String[]{"[citation needed] Who won?", "[1, 2, 3]", "['unterminated]", "['a'] ['b']",
                "[]", "plain prompt", "['a' 'b']", "['bad \\x4']"}) {
            assertThat(PromptCellUnwrapper.unwrap(cell)).as(cell).isEqualTo(cell);
        }
    }
}
