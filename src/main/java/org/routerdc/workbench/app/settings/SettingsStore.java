package org.routerdc.workbench.app.settings;

import org.routerdc.workbench.files.AtomicFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reads and writes {@link Settings} as JSON in the user's config folder; writes are atomic (temp file + move). */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private final Path file;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.json");
    }

    /** {@code -Drouterdc.config.dir}, else {@code $XDG_CONFIG_HOME/routerdc-workbench}, else {@code ~/.config/routerdc-workbench}. */
    public static Path defaultConfigDir() {
        String override = System.getProperty("routerdc.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("routerdc-workbench");
    }

    public Path file() {
        return file;
    }

    /** The stored settings; defaults when there are none or the file is unreadable (logged, never fatal). */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            Settings settings = JSON.readValue(file.toFile(), Settings.class);
            return settings == null ? Settings.defaults() : settings;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "ignoring unreadable settings file " + file, e);
            return Settings.defaults();
        }
    }

    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, tmp -> JSON.writeValue(tmp.toFile(), settings));
    }
}
