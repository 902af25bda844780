package org.routerdc.workbench.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;

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

    /**
     * An exception for the user (ControlsFX {@link ExceptionDialog}): the headline, the exception's own message as
     * the one sentence below it, the stack trace expandable.
     */
    public static ExceptionDialog create(Window owner, String headline, Throwable error) {
        ExceptionDialog dialog = new ExceptionDialog(error);
        dialog.initOwner(owner);
        dialog.setTitle("RouterDC Workbench");
        dialog.setHeaderText(headline);
        dialog.setContentText(message(error));
        dialog.getDialogPane().getStyleClass().add("error-dialog");
        return dialog;
    }

    /** Logs {@code error} with its trace and shows it (not waiting). */
    public static void show(Window owner, String headline, Throwable error) {
        LOG.log(Level.SEVERE, headline, error);
        if (error == null) {
            create(owner, headline, (String) null).show();
        } else {
            create(owner, headline, error).show();
        }
    }

    /** The innermost message worth reading: a wrapper's message is often just its cause's class and message. */
    static String message(Throwable error) {
        Throwable shown = error;
        while (shown.getCause() != null && (shown.getMessage() == null || shown.getMessage().equals(shown.getCause().toString()))) {
            shown = shown.getCause();
        }
        return shown.getMessage() == null || shown.getMessage().isBlank() ? shown.getClass().getSimpleName() : shown.getMessage();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
