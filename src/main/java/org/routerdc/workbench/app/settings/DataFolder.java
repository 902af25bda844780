package org.routerdc.workbench.app.settings;

import java.nio.file.Path;

/** Where the app keeps its data (runs: routers, checkpoints, history), apart from its settings in the config folder. */
public final class DataFolder {
    private DataFolder() {
    }

    /** {@code -Drouterdc.data.dir}, else {@code $XDG_DATA_HOME/routerdc-workbench}, else {@code ~/.local/share/routerdc-workbench}. */
    public static Path defaultDir() {
        String override = System.getProperty("routerdc.data.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("routerdc-workbench");
    }
}
