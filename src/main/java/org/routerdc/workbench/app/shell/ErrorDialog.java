package org.routerdc.workbench.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Shows a problem to the user: one clear sentence, with the details (or stack trace) expandable below; logs it too. */
public final class ErrorDialog {
    private static final Logger LOG = Logger.getLogger(ErrorDialog.class.getName());

    private ErrorDialog() {
    }

    public static Alert create(Window owner, String headline, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("RouterDC Workbench");
        alert.setHeaderText(headline);
        alert.setContentText(details == null || details.isBlank() ? headline : firstLine(details));
        if (details != null && details.contains("\n")) {
            TextArea area = new TextArea(details);
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(area);
        }
        alert.getDialogPane().getStyleClass().add("error-dialog");
        return alert;
    }

    /** Logs {@code error} with its trace and shows it (not waiting). */
    public static void show(Window owner, String headline, Throwable error) {
        LOG.log(Level.SEVERE, headline, error);
        create(owner, headline, error == null ? null : String.valueOf(error.getMessage()) + "\n\n" + trace(error)).show();
    }

    public static String trace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
