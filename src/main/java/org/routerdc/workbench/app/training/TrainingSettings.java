package org.routerdc.workbench.app.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The training form's values (text, as typed), with their checks and the worker arguments they become. */
public record TrainingSettings(Map<TrainingField, String> values) {
    public TrainingSettings {
        EnumMap<TrainingField, String> copy = new EnumMap<>(TrainingField.class);
        for (TrainingField field : TrainingField.values()) {
            String value = values.get(field);
            copy.put(field, value == null ? field.defaultValue() : value.strip());
        }
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static TrainingSettings defaults() {
        return new TrainingSettings(Map.of());
    }

    /** From the settings file's name → value map; unknown names are ignored, missing ones take their default. */
    public static TrainingSettings fromNames(Map<String, String> byName) {
        Map<TrainingField, String> values = new EnumMap<>(TrainingField.class);
        for (TrainingField field : TrainingField.values()) {
            String value = byName.get(field.name().toLowerCase(Locale.ROOT));
            if (value != null) {
                values.put(field, value);
            }
        }
        return new TrainingSettings(values);
    }

    public Map<String, String> toNames() {
        Map<String, String> names = new LinkedHashMap<>();
        values.forEach((field, value) -> names.put(field.name().toLowerCase(Locale.ROOT), value));
        return names;
    }

    public String get(TrainingField field) {
        return values.get(field);
    }

    public int steps() {
        return Integer.parseInt(get(TrainingField.STEPS));
    }

    /** Field → why its value is wrong; empty when every value is fine. */
    public Map<TrainingField, String> problems() {
        Map<TrainingField, String> problems = new EnumMap<>(TrainingField.class);
        for (TrainingField field : TrainingField.values()) {
            String problem = field.problem(get(field));
            if (problem != null) {
                problems.put(field, problem);
            }
        }
        return problems;
    }

    /** The worker's options for these settings (call only when {@link #problems()} is empty). */
    public List<String> arguments() {
        List<String> args = new ArrayList<>();
        for (TrainingField field : TrainingField.values()) {
            String value = get(field);
            if (!field.isUnset(value)) {
                args.add(field.option());
                args.add(field.isChoice() ? value.toLowerCase(Locale.ROOT) : value);
            }
        }
        return args;
    }

    /** A one-line summary for the run list. */
    public String summary() {
        return String.format(Locale.ROOT, "%s steps · batch %s · lr %s · λ %s · τ %s · K+ %s K− %s H %s%s",
                get(TrainingField.STEPS), get(TrainingField.BATCH), get(TrainingField.LEARNING_RATE),
                get(TrainingField.LAMBDA), get(TrainingField.TAU), get(TrainingField.TOP_K), get(TrainingField.LAST_K),
                get(TrainingField.NEGATIVES), get(TrainingField.ENCODER).isEmpty() ? "" : " · own encoder");
    }

    public TrainingSettings with(TrainingField field, String value) {
        Map<TrainingField, String> copy = new EnumMap<>(values);
        copy.put(field, value);
        return new TrainingSettings(copy);
    }
}
