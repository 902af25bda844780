package org.routerdc.workbench.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Training events as single JSON lines with a "type" field (the worker-process protocol). */
public final class TrainingEvents {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build(); // a diverged loss is NaN

    private TrainingEvents() {
    }

    /** One line, no newline inside. */
    public static String toJson(TrainingEvent event) {
        try {
            return MAPPER.writerFor(TrainingEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write training event " + event, e);
        }
    }

    /** @throws IllegalArgumentException when the line is not a training event */
    public static TrainingEvent fromJson(String line) {
        try {
            return MAPPER.readValue(line, TrainingEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a training event: " + e.getOriginalMessage(), e);
        }
    }
}
