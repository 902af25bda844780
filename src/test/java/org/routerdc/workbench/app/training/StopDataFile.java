package org.routerdc.workbench.app.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A RouterDC JSON table whose queries no embedding cache holds (a fresh tag in each), so encoding it takes a while. */
final class StopDataFile {
    private StopDataFile() {
    }

    static Path write(Path folder, int rows) throws IOException {
        String tag = UUID.randomUUID().toString();
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < rows; i++) {
            json.append(String.format(java.util.Locale.ROOT,
                    "{\"question\": \"Question %d (%s): how many apples are left after giving away %d of %d apples?\", "
                            + "\"scores\": {\"small-llm\": %.1f, \"large-llm\": %.1f}}%s%n",
                    i, tag, i % 7, 10 + i % 13, i % 2 * 1.0, 1.0 - i % 3 * 0.5, i + 1 < rows ? "," : ""));
        }
        Path file = folder.resolve("stop_train.json");
        Files.writeString(file, json.append("]\n"), StandardCharsets.UTF_8);
        return file;
    }
}
