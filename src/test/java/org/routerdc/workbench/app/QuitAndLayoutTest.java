package org.routerdc.workbench.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.settings.SettingsStore;
import org.routerdc.workbench.app.shell.ViewId;
import org.routerdc.workbench.app.training.RunEntry;
import org.routerdc.workbench.app.training.RunStatus;
import org.routerdc.workbench.app.training.TrainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Quit and window close on the real app: the question while a training runs (the worker is a scripted process that
 * speaks the event protocol), and the layout a Quit saves coming back on the next start.
 */
class QuitAndLayoutTest {
    @TempDir
    Path configDir;

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger exits = new AtomicInteger();
    private WorkbenchApp app;

    private WorkbenchApp start() throws Exception {
        app = AppHarness.start(configDir, configDir.resolve("data"),
                () -> new WorkbenchApp(ScriptedTrainingWorker::command, folder -> { }, exits::incrementAndGet));
        return app;
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            AppHarness.stop(app);
        }
    }

    @Test
    void quitWhileTrainingAsksAndEachAnswerDoesWhatItSays() throws Exception {
        start();
        AppHarness.loadSampleTraining(app);
        TrainViewModel train = app.engineViews().train();
        OnFx.run(() -> app.window().select(ViewId.TRAIN));
        robot.clickOn("#train-start");
        AppHarness.waitUntil(30, () -> train.runningProperty().get() && train.shownProperty().get().curves().size() >= 12);
        RunEntry run = OnFx.get(() -> train.shownProperty().get());

        // Cancel: nothing changes.
        OnFx.run(() -> app.window().select(ViewId.DATA));
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        DialogPane question = waitForQuitQuestion();
        assertThat(question.getHeaderText()).isEqualTo(run.name() + " is still running.");
        assertThat(question.getButtonTypes()).extracting(b -> b.getText())
                .containsExactly("Stop training and quit", "Keep training", "Cancel");
        OnFx.run(() -> PngSnapshot.write(question, Path.of("target/screenshots/quit-while-training.png")));
        robot.clickOn(button(question, "Cancel"));
        assertStillTraining(train);
        assertThat(app.window().selected()).isEqualTo(ViewId.DATA);

        // Keep training, asked by the window's close button: the app stays and shows the run.
        Platform.runLater(() -> stage().fireEvent(new WindowEvent(stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.clickOn(button(waitForQuitQuestion(), "Keep training"));
        assertStillTraining(train);
        assertThat(OnFx.get(() -> app.window().selected())).isEqualTo(ViewId.TRAIN);

        // Stop training and quit: the worker is asked to stop, ends by itself, then the app saves and exits.
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        robot.clickOn(button(waitForQuitQuestion(), "Stop training and quit"));
        assertThat(OnFx.get(() -> train.messageProperty().get() + "|" + exits.get()))
                .isEqualTo("Stopping the training after its current step, then quitting…|0"); // it waits for the worker
        AppHarness.waitUntil(20, () -> exits.get() == 1);
        assertThat(OnFx.get(() -> train.runningProperty().get())).isFalse();
        assertThat(run.statusProperty().get()).isEqualTo(RunStatus.STOPPED);
        assertThat(run.canResumeProperty().get()).isTrue();
        assertThat(run.checkpointFolder().resolve("stopped-by-cancel")).exists();
        assertThat(OnFx.get(() -> stage().isShowing())).isFalse();
        assertThat(Files.readString(run.folder().resolve("run.json"))).contains("\"STOPPED\"");
        assertThat(new SettingsStore(configDir).load().layout()).containsKey("split:train-split");
    }

    @Test
    void quitSavesPlacementDividersAndColumnWidthsAndTheNextStartRestoresThem() throws Exception {
        start();
        loadCodeTest();
        OnFx.run(() -> {
            stage().setX(130);
            stage().setY(70);
            stage().setWidth(1180);
            stage().setHeight(760);
            split("#data-split").setDividerPositions(0.31, 0.66);
            split("#train-split").setDividerPositions(0.42);
            table("#query-table").getColumns().get(3).setPrefWidth(333); // the Query column, built for the data shown
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        AppHarness.waitUntil(10, () -> exits.get() == 1);
        assertThat(OnFx.get(() -> stage().isShowing())).isFalse();
        AppHarness.stop(app);

        start();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnFx.get(() -> stage().getX())).isEqualTo(130);
        assertThat(OnFx.get(() -> stage().getY())).isEqualTo(70);
        assertThat(OnFx.get(() -> stage().getWidth())).isEqualTo(1180);
        assertThat(OnFx.get(() -> stage().getHeight())).isEqualTo(760);
        assertThat(OnFx.get(() -> split("#data-split").getDividerPositions()))
                .containsExactly(new double[]{0.31, 0.66}, within(0.01));
        assertThat(OnFx.get(() -> split("#train-split").getDividerPositions()))
                .containsExactly(new double[]{0.42}, within(0.01));

        // Quit before any data: the query table has no columns, its saved widths stay for the next time.
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        AppHarness.waitUntil(10, () -> exits.get() == 2);
        AppHarness.stop(app);
        start();
        loadCodeTest();
        assertThat(OnFx.get(() -> table("#query-table").getColumns().get(3).getWidth())).isCloseTo(333, within(0.5));
    }

    private void loadCodeTest() {
        OnFx.run(() -> app.window().openFiles(List.of(AppHarness.SAMPLES.resolve("code_test.json"))));
        AppHarness.waitUntil(30, () -> !app.dataModel().loadingProperty().get() && app.dataModel().datasets().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<?> table(String id) {
        return (TableView<?>) find(id);
    }

    private Stage stage() {
        return (Stage) app.window().scene().getWindow();
    }

    private SplitPane split(String id) {
        return (SplitPane) find(id);
    }

    /** Finds a node in any view, shown or not. */
    private Node find(String id) {
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) app.window().scene().lookup("#main-tabs");
        return tabs.getTabs().stream().map(tab -> tab.getContent().lookup(id)).filter(n -> n != null).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    private void assertStillTraining(TrainViewModel train) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnFx.get(() -> train.runningProperty().get())).isTrue();
        assertThat(OnFx.get(() -> stage().isShowing())).isTrue();
        assertThat(exits.get()).isZero();
        assertThat(robot.lookup("#quit-dialog").tryQuery()).isEmpty();
    }

    private DialogPane waitForQuitQuestion() {
        AppHarness.waitUntil(10, () -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().lookup("#quit-dialog") != null));
        return robot.lookup("#quit-dialog").queryAs(DialogPane.class);
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().filter(type -> type.getText().equals(text))
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow();
    }
}
