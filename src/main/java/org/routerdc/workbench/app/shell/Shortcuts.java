package org.routerdc.workbench.app.shell;

import javafx.scene.input.KeyCombination;

import java.util.List;

/** The keyboard shortcuts, in one place so the menu and the Help ▸ Keyboard shortcuts list cannot disagree. */
public final class Shortcuts {
    public static final KeyCombination OPEN_DATA = KeyCombination.keyCombination("Shortcut+O");
    public static final KeyCombination EXPORT = KeyCombination.keyCombination("Shortcut+E");
    public static final KeyCombination QUIT = KeyCombination.keyCombination("Shortcut+Q");
    public static final KeyCombination TOGGLE_THEME = KeyCombination.keyCombination("Shortcut+Shift+T");
    public static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");

    private Shortcuts() {
    }

    public static KeyCombination view(ViewId view) {
        return KeyCombination.keyCombination("Shortcut+" + view.number());
    }

    /** Rows of (keys, what they do) for the help dialog. */
    public static List<String[]> describe() {
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[]{OPEN_DATA.getDisplayText(), "Open score tables"});
        for (ViewId view : ViewId.values()) {
            rows.add(new String[]{view(view).getDisplayText(), "Go to the " + view.title() + " view"});
        }
        rows.add(new String[]{FIND.getDisplayText(), "Search in the current view"});
        rows.add(new String[]{EXPORT.getDisplayText(), "Export the current view as PNG"});
        rows.add(new String[]{TOGGLE_THEME.getDisplayText(), "Switch light / dark theme"});
        rows.add(new String[]{QUIT.getDisplayText(), "Quit"});
        rows.add(new String[]{"Wheel / drag", "Zoom / pan the embedding map"});
        rows.add(new String[]{"Double-click", "Reset the map's zoom"});
        return rows;
    }
}
