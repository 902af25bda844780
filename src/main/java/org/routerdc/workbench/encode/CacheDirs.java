package org.routerdc.workbench.encode;

import java.nio.file.Path;

/**
 * The workbench's cache folder: system property {@code routerdc.cache.dir} if set, else
 * {@code $XDG_CACHE_HOME/routerdc-workbench}, else {@code ~/.cache/routerdc-workbench}.
 */
public final class CacheDirs {
    public static final String PROPERTY = "routerdc.cache.dir";

    private CacheDirs() {
    }

    public static Path base() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return root.resolve("routerdc-workbench");
    }

    public static Path models() {
        return base().resolve("models");
    }

    public static Path embeddings() {
        return base().resolve("embeddings");
    }
}
