package org.routerdc.workbench.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.routerdc.workbench.app.shell.MainWindow;
import org.routerdc.workbench.app.shell.ViewId;
import org.routerdc.workbench.app.training.RunEntry;
import org.routerdc.workbench.app.training.TrainViewModel;

/**
 * File ▸ Quit, Ctrl+Q and the window's close button: remember the layout, then exit. While a training runs, ask
 * first: stop it and quit (the worker stops at its next safe point and keeps its checkpoint and best router; the app
 * exits once it has ended), keep training (the app stays, showing the run), or cancel (nothing changes).
 */
final class QuitFlow {
    static final ButtonType STOP_AND_QUIT = new ButtonType("Stop training and quit", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType KEEP_TRAINING = new ButtonType("Keep training", ButtonBar.ButtonData.NO);

    private final Stage stage;
    private final MainWindow window;
    private final TrainViewModel train;
    private final Runnable exit;
    private boolean quitting;

    QuitFlow(Stage stage, MainWindow window, TrainViewModel train, Runnable exit) {
        this.stage = stage;
        this.window = window;
        this.train = train;
        this.exit = exit;
    }

    void request() {
        if (quitting) {
            return;
        }
        if (!train.runningProperty().get()) {
            quitNow();
            return;
        }
        ButtonType answer = ask().showAndWait().orElse(ButtonType.CANCEL);
        if (answer == STOP_AND_QUIT && train.runningProperty().get()) {
            quitting = true;
            train.stopThen(this::quitNow);
            train.messageProperty().set("Stopping the training after its current step, then quitting…");
        } else if (answer == STOP_AND_QUIT) {
            quitNow(); // it ended while the question was open
        } else if (answer == KEEP_TRAINING) {
            window.select(ViewId.TRAIN);
        }
    }

    private Alert ask() {
        RunEntry run = train.shownProperty().get();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", STOP_AND_QUIT, KEEP_TRAINING, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Quit RouterDC Workbench");
        alert.setHeaderText((run == null ? "A training" : run.name()) + " is still running.");
        alert.setContentText("Stop it and quit: it stops after its current step and keeps its checkpoint (it can be "
                + "resumed) and its best router so far. Keep training: the Workbench stays open.");
        alert.getDialogPane().setId("quit-dialog");
        return alert;
    }

    private void quitNow() {
        quitting = true;
        window.rememberLayout();
        stage.hide();
        exit.run();
    }
}
