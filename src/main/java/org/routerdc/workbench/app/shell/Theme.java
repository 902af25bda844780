package org.routerdc.workbench.app.shell;

import javafx.scene.Scene;

import java.util.Locale;
import java.util.Objects;

/** The app's two looks; each is one stylesheet on top of a shared base sheet. */
public enum Theme {
    LIGHT, DARK;

    private static final String BASE = stylesheet("workbench-base.css");

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Theme parse(String text) {
        return "dark".equalsIgnoreCase(text) ? DARK : LIGHT;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Replaces whatever theme the scene had with this one. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().removeIf(sheet -> sheet.contains("/org/routerdc/workbench/app/workbench-"));
        scene.getStylesheets().addAll(BASE, stylesheet("workbench-" + id() + ".css"));
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(Theme.class.getResource("/org/routerdc/workbench/app/" + name), name).toExternalForm();
    }
}
