package org.routerdc.workbench.encode;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** The encoders that ship with the workbench, for the UI's model choice; any other model is opened from a folder. */
public final class EncoderCatalogue {
    /** One shipped encoder: {@code id} opens it, the rest is shown to the user. */
    public record Entry(String id, String description, int dimension, Pooling pooling, int maxLength) {
    }

    private static final List<Entry> ENTRIES = List.of(new Entry(BundledModel.ID,
            "BAAI bge-small-en-v1.5 (33M parameters, English; bundled, works offline)",
            BundledModel.DIMENSION, BundledModel.POOLING, 512));

    private EncoderCatalogue() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Entry defaultEntry() {
        return ENTRIES.getFirst();
    }

    /** Opens a catalogue encoder by id; IllegalArgumentException naming the known ids otherwise. */
    public static OnnxTextEncoder open(String id, EncoderOptions options) throws IOException {
        if (BundledModel.ID.equals(id)) {
            return OnnxTextEncoder.bundled(options);
        }
        throw new IllegalArgumentException("unknown encoder '" + id + "'; known: "
                + ENTRIES.stream().map(Entry::id).collect(Collectors.joining(", ")) + " (or give a model folder)");
    }
}
