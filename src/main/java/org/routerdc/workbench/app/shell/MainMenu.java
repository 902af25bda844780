package org.routerdc.workbench.app.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The menu bar. It only raises actions; {@link MainWindow} decides what they do. */
final class MainMenu {
    /** What the menu items do. */
    interface Actions {
        void openData();

        void openRecent(Path file);

        void exportView();

        void quit();

        void toggleTheme();

        void about();

        void shortcuts();
    }

    final MenuBar bar;
    final MenuItem openRouter = new MenuItem("Open router…");
    final MenuItem saveRouterAs = new MenuItem("Save router as…");
    private final Menu recent = new Menu("Open recent");

    MainMenu(Actions actions, Supplier<List<String>> recentFiles) {
        MenuItem open = item("Open data…", actions::openData);
        open.setAccelerator(Shortcuts.OPEN_DATA);
        open.setId("menu-open-data");
        recent.setId("menu-open-recent");
        recent.getItems().add(new MenuItem("(none)"));
        recent.setOnShowing(event -> fillRecent(recentFiles.get(), actions::openRecent));
        openRouter.setDisable(true);
        saveRouterAs.setDisable(true);
        MenuItem export = item("Export… (current view as PNG)", actions::exportView);
        export.setAccelerator(Shortcuts.EXPORT);
        MenuItem quit = item("Quit", actions::quit);
        quit.setAccelerator(Shortcuts.QUIT);
        Menu file = new Menu("File", null, open, recent, new SeparatorMenuItem(), openRouter, saveRouterAs,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        MenuItem theme = item("Toggle light / dark theme", actions::toggleTheme);
        theme.setAccelerator(Shortcuts.TOGGLE_THEME);
        theme.setId("menu-toggle-theme");
        Menu view = new Menu("View", null, theme);

        Menu help = new Menu("Help", null, item("Keyboard shortcuts", actions::shortcuts), item("About", actions::about));
        bar = new MenuBar(file, view, help);
        fillRecent(recentFiles.get(), actions::openRecent);
    }

    private void fillRecent(List<String> files, Consumer<Path> open) {
        recent.getItems().clear();
        for (String file : files) {
            recent.getItems().add(item(file, () -> open.accept(Path.of(file))));
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }
}
