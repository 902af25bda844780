package org.routerdc.workbench.app.training;

import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.AppHarness;
import org.routerdc.workbench.app.OnFx;
import org.routerdc.workbench.app.WorkbenchApp;
import org.routerdc.workbench.app.shell.ViewId;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Train view on the real worker process (real encoder, real DJL training) and the sample tables. */
class TrainViewTest {
    @TempDir
    Path configDir;

    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;
    private TrainViewModel model;

    @BeforeEach
    void start() throws Exception {
        app = AppHarness.start(configDir);
        model = app.engineViews().train();
        AppHarness.loadSampleTraining(app);
        OnFx.run(() -> app.window().select(ViewId.TRAIN));
    }

    @AfterEach
    void stop() throws Exception {
        AppHarness.stop(app);
    }

    /** Starts a run of {@code steps} evaluated every 20 steps; "train" selection keeps exactly those steps and evaluations. */
    private void startOnCpu(String steps, String selection) {
        set(TrainingField.STEPS, steps);
        set(TrainingField.SELECTION, selection);
        set(TrainingField.EVAL_EVERY, "20");
        set(TrainingField.DEVICE, "cpu");
        robot.clickOn("#train-start");
    }

    private void set(TrainingField field, String value) {
        OnFx.run(() -> model.field(field).set(value));
    }

    @Test
    void aShortRunFillsTheChartsListsTheRunAndBecomesTheCurrentRouter() {
        startOnCpu("60", "train"); // exactly these steps and evaluations (cv chooses its own)

        AppHarness.waitUntil(180, () -> !model.runningProperty().get());
        assertThat(model.messageProperty().get()).startsWith("Completed");
        RunEntry run = OnFx.get(() -> model.runs().getLast());
        assertThat(run.statusProperty().get()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.curves().size()).isEqualTo(60);
        assertThat(run.curves().evaluations()).hasSize(3);
        assertThat(run.bestAverageProperty().get()).isBetween(1.0, 100.0);
        assertThat(robot.lookup("#train-progress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);

        LineChart<?, ?> loss = robot.lookup("#loss-chart").queryAs(LineChart.class);
        assertThat(loss.getData().get(3).getData()).hasSize(60);
        LineChart<?, ?> accuracy = robot.lookup("#accuracy-chart").queryAs(LineChart.class);
        assertThat(accuracy.getData()).hasSize(5);
        assertThat(accuracy.getData().getLast().getData()).hasSize(3);

        TableView<?> runs = robot.lookup("#run-list").queryAs(TableView.class);
        assertThat(runs.getItems()).hasSize(1);
        assertThat(Files.isRegularFile(run.folder().resolve("run.json"))).isTrue();

        AppHarness.waitUntil(30, () -> app.context().routerProperty().get() != null);
        assertThat(robot.lookup("#status-router").queryAs(Label.class).getText()).isEqualTo("Router: " + run.id());
        assertThat(robot.lookup("#train-device").queryAs(Label.class).getText()).contains("CPU");

        OnFx.run(() -> runs.getSelectionModel().selectAll());
        robot.clickOn("#log-scale");
        AppHarness.screenshot(app, "train-view.png");
        LineChart<?, ?> compare = robot.lookup("#compare-chart").queryAs(LineChart.class);
        assertThat(compare.getData()).hasSize(1);
    }

    @Test
    void aCrossValidatedRunDrawsEachFoldsHeldOutCurve() {
        startOnCpu("60", "cv");

        AppHarness.waitUntil(300, () -> !model.runningProperty().get());
        assertThat(model.messageProperty().get()).startsWith("Completed");
        RunEntry run = OnFx.get(() -> model.runs().getLast());
        // five folds, each evaluated on its held-out rows at steps 20, 40 and 60
        assertThat(run.curves().foldEvaluations()).hasSize(15)
                .extracting(RunCurves.FoldEvaluation::step).containsOnly(20, 40, 60);
        assertThat(run.curves().foldEvaluations()).extracting(RunCurves.FoldEvaluation::average)
                .allSatisfy(average -> assertThat(average).isBetween(0.0, 100.0));
        LineChart<?, ?> accuracy = robot.lookup("#accuracy-chart").queryAs(LineChart.class);
        List<String> names = OnFx.get(() -> accuracy.getData().stream().map(s -> s.getName()).toList());
        assertThat(names).contains("average", "fold 1 (held out)", "fold 5 (held out)");
        assertThat(OnFx.get(() -> accuracy.getData().getLast().getData().size())).isEqualTo(3);
    }

    @Test
    void stopKeepsTheRunResumableAndResumeFinishesIt() {
        startOnCpu("400", "train");
        AppHarness.waitUntil(180, () -> model.shownProperty().get().curves().size() >= 30);
        robot.clickOn("#train-stop");
        AppHarness.waitUntil(60, () -> !model.runningProperty().get());

        RunEntry run = OnFx.get(() -> model.shownProperty().get());
        assertThat(run.statusProperty().get()).isEqualTo(RunStatus.STOPPED);
        assertThat(model.messageProperty().get()).contains("can resume");
        assertThat(run.curves().size()).isLessThan(400);
        assertThat(robot.lookup("#train-resume").queryButton().isDisabled()).isFalse();

        robot.clickOn("#train-resume");
        AppHarness.waitUntil(180, () -> !model.runningProperty().get());
        assertThat(run.statusProperty().get()).as(model.messageProperty().get()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.curves().steps()[run.curves().size() - 1]).isEqualTo(400);
        assertThat(model.runs()).hasSize(1);
    }

    @Test
    void aWrongSettingIsMarkedWithItsReasonAndStartRefuses() {
        robot.clickOn("#field-steps").push(KeyCode.CONTROL, KeyCode.A).write("0");
        AppHarness.waitUntil(5, () -> robot.lookup("#training-form").queryAs(TrainingForm.class).invalid());
        javafx.scene.Node steps = robot.lookup("#field-steps").query();
        assertThat(OnFx.get(() -> org.controlsfx.control.decoration.Decorator.getDecorations(steps))).isNotEmpty(); // the red mark
        assertThat(robot.lookup("must be at least 1").tryQuery()).isPresent();
        AppHarness.screenshot(app, "train-form-invalid.png");
        robot.clickOn("#train-start");
        assertThat(model.messageProperty().get()).isEqualTo("Fix the settings marked in red first.");
        assertThat(model.runningProperty().get()).isFalse();
        robot.clickOn("#field-steps").push(KeyCode.CONTROL, KeyCode.A).write("60");
        AppHarness.waitUntil(5, () -> !robot.lookup("#training-form").queryAs(TrainingForm.class).invalid());
    }

    @Test
    void aWorkerThatDiesIsExplainedAndTheAppStaysUp(@TempDir Path emptyEncoder) {
        set(TrainingField.STEPS, "60");
        set(TrainingField.SELECTION, "train"); // exactly these steps and evaluations (cv chooses its own)
        set(TrainingField.ENCODER, emptyEncoder.toString());
        robot.clickOn("#train-start");
        AppHarness.waitUntil(120, () -> !model.runningProperty().get());

        String message = robot.lookup("#train-message").queryAs(Label.class).getText();
        assertThat(message).startsWith("Training process ended unexpectedly (exit code ").contains(emptyEncoder.getFileName().toString());
        RunEntry run = OnFx.get(() -> model.runs().getLast());
        assertThat(run.statusProperty().get()).isEqualTo(RunStatus.FAILED);
        assertThat(robot.lookup("#train-start").queryButton().isDisabled()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertThat(app.window().selected()).isEqualTo(ViewId.ROUTE);
    }
}
