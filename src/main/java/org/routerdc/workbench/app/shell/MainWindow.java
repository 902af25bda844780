package org.routerdc.workbench.app.shell;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.routerdc.workbench.app.PngSnapshot;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The main window: menu, the four views as tabs, status bar; shortcuts, drag-and-drop of data files, theme, export. */
public final class MainWindow implements MainMenu.Actions {
    private final Stage stage;
    private final WorkbenchContext context;
    private final Consumer<List<Path>> openDataFiles;
    private final TabPane tabs = new TabPane();
    private final Map<ViewId, WorkbenchView> views = new EnumMap<>(ViewId.class);
    private final MainMenu menu;
    private final Scene scene;
    private Runnable onQuit = () -> {
    };

    /** @param openDataFiles loads data files (the Data view's model); the window switches to the Data view first */
    public MainWindow(Stage stage, WorkbenchContext context, Consumer<List<Path>> openDataFiles) {
        this.stage = stage;
        this.context = context;
        this.openDataFiles = openDataFiles;
        this.menu = new MainMenu(this, () -> context.settings().recentFiles());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("main-tabs");
        for (ViewId id : ViewId.values()) {
            Tab tab = new Tab(id.title());
            tab.setId("tab-" + id.name().toLowerCase(java.util.Locale.ROOT));
            tab.setTooltip(new javafx.scene.control.Tooltip(id.hint() + "  (" + Shortcuts.view(id).getDisplayText() + ")"));
            tab.setUserData(id);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            WorkbenchView view = views.get((ViewId) tab.getUserData());
            if (view != null) {
                view.shown();
            }
        });
        BorderPane root = new BorderPane(tabs, menu.bar, null, new StatusBar(context), null);
        root.getStyleClass().add("workbench-root");
        scene = new Scene(root, context.settings().window().width(), context.settings().window().height());
        for (ViewId id : ViewId.values()) {
            scene.getAccelerators().put(Shortcuts.view(id), () -> select(id));
        }
        installDragAndDrop();
        Theme.parse(context.settings().theme()).applyTo(scene);
    }

    public Scene scene() {
        return scene;
    }

    /** Puts {@code view} in its tab, replacing what was there (this is how the engine-backed views plug in). */
    public void setView(ViewId id, WorkbenchView view) {
        views.put(id, view);
        tabs.getTabs().get(id.ordinal()).setContent(view.root());
    }

    public void select(ViewId id) {
        tabs.getSelectionModel().select(id.ordinal());
    }

    public ViewId selected() {
        return (ViewId) tabs.getSelectionModel().getSelectedItem().getUserData();
    }

    public Theme theme() {
        return Theme.parse(context.settings().theme());
    }

    /** Enables File ▸ Open router… / Save router as… once the Route/Train views provide them. */
    public void setRouterActions(Runnable openRouter, Runnable saveRouterAs) {
        menu.openRouter.setOnAction(event -> openRouter.run());
        menu.openRouter.setDisable(openRouter == null);
        menu.saveRouterAs.setOnAction(event -> saveRouterAs.run());
        menu.saveRouterAs.setDisable(saveRouterAs == null);
    }

    @Override
    public void openData() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open score tables");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Score tables (*.json, *.jsonl, *.csv)", "*.json", "*.jsonl", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        String last = context.settings().lastFolder();
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(new File(last));
        }
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            context.updateSettings(s -> s.withLastFolder(files.getFirst().getParent()));
            openFiles(files.stream().map(File::toPath).toList());
        }
    }

    @Override
    public void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            context.updateSettings(s -> s.withoutRecentFile(file.toString()));
            ErrorDialog.create(stage, "File not found", file + " no longer exists; removed from the recent list.").show();
            return;
        }
        openFiles(List.of(file));
    }

    /** Switches to the Data view, remembers the files as recent and loads them. */
    public void openFiles(List<Path> files) {
        select(ViewId.DATA);
        for (Path file : files) {
            context.updateSettings(s -> s.withRecentFile(file.toAbsolutePath().toString()));
        }
        openDataFiles.accept(files);
    }

    @Override
    public void exportView() {
        WorkbenchView view = views.get(selected());
        if (view == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + selected().title() + " view as PNG");
        chooser.setInitialFileName(selected().title().toLowerCase(java.util.Locale.ROOT) + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                PngSnapshot.write(view.exportNode(), file.toPath());
            } catch (IOException e) {
                ErrorDialog.show(stage, "Could not write " + file, e);
            }
        }
    }

    /** What File ▸ Quit (and the app, for a window close) does: the app asks about a running training, saves, exits. */
    public void setOnQuit(Runnable quit) {
        onQuit = quit;
    }

    @Override
    public void quit() {
        onQuit.run();
    }

    /** Window placement, dividers and column widths into the settings (saved at once). */
    public void rememberLayout() {
        context.updateSettings(s -> {
            Map<String, List<Double>> layout = new java.util.LinkedHashMap<>(s.layout()); // a table empty now keeps its widths
            layout.putAll(LayoutMemory.capture(scene.getRoot()));
            return s.withWindow(WindowPlacer.capture(stage, s.window())).withLayout(layout);
        });
    }

    /** Puts dividers and column widths back where the last session left them (after the views are set). */
    public void restoreLayout() {
        LayoutMemory.restore(scene.getRoot(), context.settings().layout());
    }

    @Override
    public void toggleTheme() {
        Theme next = theme().other();
        context.updateSettings(s -> s.withTheme(next.id()));
        next.applyTo(scene);
    }

    @Override
    public void about() {
        HelpDialogs.about(stage).show();
    }

    @Override
    public void shortcuts() {
        HelpDialogs.shortcuts(stage).show();
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            boolean ok = event.getDragboard().hasFiles();
            if (ok) {
                openFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(ok);
            event.consume();
        });
    }
}
