package org.routerdc.workbench.app.shell;

import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;

/**
 * The keyboard shortcuts, each declared once with what it does: the menu, the scene's key bindings and the
 * Help ▸ Keyboard shortcuts list all read these, so they cannot disagree.
 */
public final class Shortcuts {
    /** A key combination and what it does, as Help lists it. */
    public record Shortcut(KeyCombination keys, String does) {
        private Shortcut(String keys, String does) {
            this(KeyCombination.keyCombination(keys), does);
        }
    }

    private static final List<Shortcut> GLOBAL = new ArrayList<>();

    public static final KeyCombination OPEN_DATA = add("Shortcut+O", "Open score tables");
    public static final KeyCombination FIND = add("Shortcut+F", "Search in the current view");
    public static final KeyCombination RUN = add("Shortcut+Enter", "Run the view's main action: start training, compute the map, route");
    public static final KeyCombination EXPORT = add("Shortcut+E", "Export the current view as PNG");
    public static final KeyCombination TOGGLE_THEME = add("Shortcut+Shift+T", "Switch light / dark theme");
    public static final KeyCombination QUIT = add("Shortcut+Q", "Quit (asks first while a training runs)");
    public static final KeyCombination DELETE = add("Delete", "Remove the selected dataset or delete the selected run");
    public static final KeyCombination UNDO = add("Shortcut+Z", "Undo removing a dataset");
    /** Bound by JavaFX's menu bar itself; listed so Help names every key the window answers. */
    public static final KeyCombination MENU_BAR = add("F10", "Go to the menu bar");

    /** Pointer gestures: listed in Help, not key bindings. */
    private static final List<String[]> GESTURES = List.of(
            new String[]{"Wheel / drag", "Zoom / pan the embedding map"},
            new String[]{"Double-click", "Reset the map's zoom"},
            new String[]{"Right-click", "Export a chart (PNG, SVG, CSV) or a table (CSV); rename or delete a run"});

    private Shortcuts() {
    }

    private static KeyCombination add(String keys, String does) {
        Shortcut shortcut = new Shortcut(keys, does);
        GLOBAL.add(shortcut);
        return shortcut.keys();
    }

    public static KeyCombination view(ViewId view) {
        return KeyCombination.keyCombination("Shortcut+" + view.number());
    }

    /** Every key binding, in the order Help lists them. */
    public static List<Shortcut> all() {
        List<Shortcut> all = new ArrayList<>(GLOBAL.subList(0, 1));
        for (ViewId view : ViewId.values()) {
            all.add(new Shortcut(view(view), "Go to the " + view.title() + " view"));
        }
        all.addAll(GLOBAL.subList(1, GLOBAL.size()));
        return all;
    }

    /** Rows of (keys, what they do) for the help dialog: every key binding, then the pointer gestures. */
    public static List<String[]> describe() {
        List<String[]> rows = new ArrayList<>();
        for (Shortcut shortcut : all()) {
            rows.add(new String[]{shortcut.keys().getDisplayText(), shortcut.does()});
        }
        rows.addAll(GESTURES);
        return rows;
    }
}
