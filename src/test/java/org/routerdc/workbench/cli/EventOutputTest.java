package org.routerdc.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.routerdc.workbench.train.TrainingEvent;

class EventOutputTest {
    @Test
    void progressLinesShowRateAndEtaWhileWorkingAndNoZeroRateWhenEverythingCameFromTheCache() {
        StringWriter text = new StringWriter();
        EventOutput output = new EventOutput(new PrintWriter(text), false);

        output.onEvent(new TrainingEvent.Progress("encoding training queries", 32, 100, 16, 4.25));
        output.onEvent(new TrainingEvent.Progress("encoding training queries", 100, 100, 0, 0));

        assertThat(text.toString().lines()).containsExactly(
                "encoding training queries: 32/100 (16 rows/s, ETA 4 s)",
                "encoding training queries: 100/100");
    }
}
