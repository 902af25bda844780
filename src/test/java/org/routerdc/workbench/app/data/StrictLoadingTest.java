package org.routerdc.workbench.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.AppHarness;
import org.routerdc.workbench.app.OnFx;
import org.routerdc.workbench.app.shell.BackgroundTasks;
import org.routerdc.workbench.data.DataError;
import org.testfx.api.FxToolkit;

/** The Data view's model on the real data layer: strict loading refuses a table with holes, as {@code --strict} does. */
class StrictLoadingTest {
    @TempDir
    Path dir;

    private final BackgroundTasks tasks = new BackgroundTasks();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    /** Three LLMs; line 3 leaves b's score empty (null). */
    static Path holed(Path dir) throws Exception {
        Path file = dir.resolve("holed.jsonl");
        Files.writeString(file, """
                {"prompt": "one", "scores": {"a": 1, "b": 0, "c": 1}}
                {"prompt": "two", "scores": {"a": 0, "b": 1, "c": 1}}
                {"prompt": "three", "scores": {"a": 1, "b": null, "c": 0}}
                {"prompt": "four", "scores": {"a": 1, "b": 1, "c": 0}}
                """);
        return file;
    }

    static Path complete(Path dir) throws Exception {
        Path file = dir.resolve("complete.jsonl");
        Files.writeString(file, """
                {"prompt": "five", "scores": {"a": 1, "b": 0, "c": 1}}
                {"prompt": "six", "scores": {"a": 0, "b": 1, "c": 1}}
                """);
        return file;
    }

    private void load(DataViewModel model, Path file) {
        OnFx.run(() -> model.load(List.of(file)));
        AppHarness.waitUntil(15, () -> !model.loadingProperty().get());
    }

    @Test
    void strictRefusesTheHoledTableWithTheCommandLinesLocatedErrorAndKeepsWhatWasLoaded() throws Exception {
        DataViewModel model = OnFx.get(() -> new DataViewModel(TableLoader.ENGINE, tasks));
        load(model, complete(dir));
        OnFx.run(() -> model.strictProperty().set(true));
        load(model, holed(dir));

        assertThat(OnFx.get(() -> model.datasets().stream().map(LoadedDataset::name).toList())).containsExactly("complete");
        assertThat(OnFx.get(() -> model.errors().stream().map(DataError::describe).toList()))
                .containsExactly("holed.jsonl:3: field 'scores.b': value is missing (null or empty)");
    }

    @Test
    void withoutStrictTheHoledTableLoadsWithAWarning() throws Exception {
        DataViewModel model = OnFx.get(() -> new DataViewModel(TableLoader.ENGINE, tasks));
        load(model, holed(dir));

        assertThat(OnFx.get(() -> model.datasets().stream().map(d -> d.table().size()).toList())).containsExactly(4);
        assertThat(OnFx.get(() -> model.errors().stream().map(DataError::describe).toList()))
                .singleElement().asString().startsWith("holed.jsonl:").contains("LLM 'b' has no score (1 row");
    }
}
