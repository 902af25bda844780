package org.routerdc.workbench.app.training;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyEvent;
import org.routerdc.workbench.app.shell.ErrorDialog;
import org.routerdc.workbench.app.shell.Shortcuts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** The run list's menu: rename, open the folder, delete (asking first, with the size on disk); Delete key too. */
final class RunActions {
    static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);

    private final TrainViewModel model;
    private final RunTable table;
    private final Runnable renamed;

    /** @param renamed redraws what shows run names (chart titles, legends) */
    RunActions(TrainViewModel model, RunTable table, Consumer<Path> showFolder, Runnable renamed) {
        this.model = model;
        this.table = table;
        this.renamed = renamed;
        MenuItem rename = item("Rename…", "run-rename", this::rename);
        MenuItem open = item("Open folder", "run-open-folder", run -> showFolder.accept(run.folder()));
        MenuItem delete = item("Delete…", "run-delete", this::confirmDelete);
        ContextMenu menu = new ContextMenu(rename, open, new SeparatorMenuItem(), delete);
        menu.setOnShowing(event -> {
            RunEntry run = table.getSelectionModel().getSelectedItem();
            rename.setDisable(run == null);
            open.setDisable(run == null);
            delete.setDisable(run == null || model.isActive(run));
        });
        table.setContextMenu(menu);
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            RunEntry run = table.getSelectionModel().getSelectedItem();
            if (Shortcuts.DELETE.match(event) && run != null) {
                event.consume();
                confirmDelete(run);
            }
        });
    }

    private MenuItem item(String text, String id, Consumer<RunEntry> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> {
            RunEntry run = table.getSelectionModel().getSelectedItem();
            if (run != null) {
                action.accept(run);
            }
        });
        return item;
    }

    private void rename(RunEntry run) {
        TextInputDialog dialog = new TextInputDialog(run.name());
        dialog.initOwner(table.getScene().getWindow());
        dialog.setTitle("Rename run");
        dialog.setHeaderText("New name for " + run.name());
        dialog.getDialogPane().setId("rename-run-dialog");
        dialog.showAndWait().ifPresent(name -> {
            model.rename(run, name);
            renamed.run();
        });
    }

    private void confirmDelete(RunEntry run) {
        if (model.isActive(run)) {
            return;
        }
        long bytes;
        try {
            bytes = RunStore.sizeOnDisk(run);
        } catch (IOException e) {
            ErrorDialog.show(table.getScene().getWindow(), "Could not read " + run.folder(), e);
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", DELETE, ButtonType.CANCEL);
        confirm.initOwner(table.getScene().getWindow());
        confirm.setTitle("Delete run");
        confirm.setHeaderText("Delete " + run.name() + " and its files (" + size(bytes) + " on disk)?");
        confirm.setContentText("Its router, checkpoints and history in " + run.folder() + " are deleted; this cannot be undone.");
        confirm.getDialogPane().setId("delete-run-dialog");
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == DELETE) {
            model.delete(run);
        }
    }

    /** 1536 → "1.5 KB", 560_000_000 → "534.1 MB" (binary units, as file managers show them). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
