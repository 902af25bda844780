package org.routerdc.workbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingEventsTest {

    @Test
    void everyEventRoundTripsThroughOneJsonLine() {
        Map<String, Double> accuracy = new LinkedHashMap<>();
        accuracy.put("gsm8k", 71.5);
        accuracy.put("mmlu", 60.25);
        List<TrainingEvent> events = List.of(
                new TrainingEvent.Started(TrainingConfig.defaults(), "CPU (PyTorch 2.7.1)", 5000,
                        List.of("gsm8k", "mmlu"), List.of("a", "b"), 1000, 0),
                new TrainingEvent.Step(3, 1000, 2.5, 2.0, 0.5, 31.2, 31.9, 96),
                new TrainingEvent.Evaluation(50, accuracy, 65.875, true),
                new TrainingEvent.Checkpoint(50, "/tmp/run/checkpoint/best"),
                new TrainingEvent.Finished(TrainingEvent.Reason.CANCELLED, 50, 65.875, 1234),
                new TrainingEvent.Failed("out of memory\non line 2"),
                new TrainingEvent.Log(TrainingEvent.Level.WARNING, "GPU requested but none found"));
        for (TrainingEvent event : events) {
            String line = TrainingEvents.toJson(event);
            assertThat(line).doesNotContain("\n").contains("\"type\":");
            assertThat(TrainingEvents.fromJson(line)).isEqualTo(event);
        }
    }

    @Test
    void namesTheTypeAndKeepsADivergedLoss() {
        String line = TrainingEvents.toJson(new TrainingEvent.Step(1, 2, Double.NaN, Double.NaN, 0, 1, 1, 1));
        assertThat(line).startsWith("{\"type\":\"step\"");
        assertThat(((TrainingEvent.Step) TrainingEvents.fromJson(line)).loss()).isNaN();
    }

    @Test
    void rejectsLinesThatAreNotEvents() {
        assertThatThrownBy(() -> TrainingEvents.fromJson("{\"type\":\"nope\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrainingEvents.fromJson("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
