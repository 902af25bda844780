package org.routerdc.workbench.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextMatchTest {
    @Test
    void findsTheNeedleAnywhereIgnoringCase() {
        assertThat(TextMatch.containsIgnoreCase("How many Eggs?", "eggs")).isTrue();
        assertThat(TextMatch.containsIgnoreCase("How many Eggs?", "EGGS?")).isTrue();
        assertThat(TextMatch.containsIgnoreCase("How many Eggs?", "how")).isTrue();
        assertThat(TextMatch.containsIgnoreCase("How many Eggs?", "eggs!")).isFalse();
        assertThat(TextMatch.containsIgnoreCase("Egg", "eggs")).isFalse();
        assertThat(TextMatch.containsIgnoreCase(null, "x")).isFalse();
        assertThat(TextMatch.containsIgnoreCase("anything", "")).isTrue();
    }
}
