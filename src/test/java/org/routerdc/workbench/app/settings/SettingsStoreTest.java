package org.routerdc.workbench.app.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() {
        Settings settings = new SettingsStore(dir).load();
        assertThat(settings.theme()).isEqualTo("light");
        assertThat(settings.window().width()).isEqualTo(1400);
        assertThat(settings.window().hasPosition()).isFalse();
        assertThat(settings.recentFiles()).isEmpty();
    }

    @Test
    void savedSettingsReadBackEqualAndNoTempFileIsLeft() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Settings saved = Settings.defaults()
                .withTheme("dark")
                .withWindow(new WindowPlacement(10, 20, 1200, 800, true))
                .withRecentFile("/data/a.json")
                .withLastFolder("/data")
                .withTrainingSettings(Map.of("epochs", "10", "batchSize", "64"))
                .withStrictLoading(true)
                .withPrices(Map.of("gpt-4", 0.03, "mixtral", 6.0E-4));
        store.save(saved);

        Settings read = store.load();
        assertThat(read).isEqualTo(saved);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void aFileFromBeforeStrictLoadingReadsAsNotStrict() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"dark\"}");
        Settings read = new SettingsStore(dir).load();
        assertThat(read.theme()).isEqualTo("dark");
        assertThat(read.strictLoading()).isFalse();
        assertThat(read.prices()).isEmpty();
    }

    @Test
    void unknownPositionSurvivesTheRoundTrip() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(Settings.defaults());
        assertThat(store.load().window().hasPosition()).isFalse();
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesAndAtMostTen() {
        Settings settings = Settings.defaults();
        for (int i = 0; i < 12; i++) {
            settings = settings.withRecentFile("/f" + i);
        }
        settings = settings.withRecentFile("/f5");
        assertThat(settings.recentFiles()).hasSize(10).startsWith("/f5", "/f11", "/f10").doesNotContain("/f0", "/f1")
                .doesNotHaveDuplicates();
    }

    @Test
    void corruptFileFallsBackToDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ not json");
        assertThat(new SettingsStore(dir).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void configDirCanBeOverriddenBySystemProperty() {
        String before = System.getProperty("routerdc.config.dir");
        try {
            System.setProperty("routerdc.config.dir", dir.toString());
            assertThat(SettingsStore.defaultConfigDir()).isEqualTo(dir);
        } finally {
            if (before == null) {
                System.clearProperty("routerdc.config.dir");
            } else {
                System.setProperty("routerdc.config.dir", before);
            }
        }
    }
}
