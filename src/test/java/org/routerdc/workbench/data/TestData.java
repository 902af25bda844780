package org.routerdc.workbench.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the tests find the committed sample data and the broken inputs. */
final class TestData {
    static final List<String> SAMPLE_LLMS = List.of("mathstral-7b", "codellama-7b-instruct", "llama-3-8b-instruct",
            "qwen2-7b-instruct", "tinyllama-1.1b-chat");

    private TestData() {
    }

    static Path sample(String relative) {
        return Path.of("sample-data").resolve(relative);
    }

    static Path bad(String name) {
        try {
            return Path.of(TestData.class.getResource("/bad-data/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource bad-data/" + name, e);
        }
    }

    /** The shared real RouterDC data: ../shared relative to the project, else /work/shared; null when absent. */
    static Path shared(String relative) {
        for (Path root : List.of(Path.of("..", "shared"), Path.of("/work/shared"))) {
            Path file = root.resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    static List<DataError> errorsOf(Path file) throws Exception {
        try {
            ScoreTables.read(file, null, true); // strict: holes are errors too, as the broken inputs expect
        } catch (ScoreTableException e) {
            return e.errors();
        }
        throw new AssertionError(file + " loaded without errors");
    }
}
