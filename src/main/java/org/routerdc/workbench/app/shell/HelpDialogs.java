package org.routerdc.workbench.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help ▸ About and Help ▸ Keyboard shortcuts. */
public final class HelpDialogs {
    private HelpDialogs() {
    }

    public static Alert about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About RouterDC Workbench");
        alert.setHeaderText("RouterDC Workbench " + version());
        alert.setContentText("Train and inspect RouterDC query routers (arXiv 2409.19886) on your own LLM score tables.\n"
                + "Java " + Runtime.version() + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        return alert;
    }

    public static Alert shortcuts(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (String[] shortcut : Shortcuts.describe()) {
            Label keys = new Label(shortcut[0]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(shortcut[1]));
        }
        alert.getDialogPane().setContent(grid);
        return alert;
    }

    /** The version Maven recorded in the jar; "dev" when running from classes. */
    public static String version() {
        try (var in = HelpDialogs.class.getResourceAsStream(
                "/META-INF/maven/org.routerdc/routerdc-workbench/pom.properties")) {
            if (in == null) {
                return "dev";
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (java.io.IOException e) {
            return "dev";
        }
    }
}
