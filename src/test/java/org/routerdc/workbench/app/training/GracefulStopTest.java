package org.routerdc.workbench.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.AppHarness;
import org.routerdc.workbench.app.OnFx;
import org.routerdc.workbench.app.WorkbenchApp;
import org.routerdc.workbench.app.shell.ViewId;
import org.testfx.api.FxRobot;

/** Stop in the Train view on the real worker: the run ends "stopped", keeps its best router, and is never a crash. */
class GracefulStopTest {
    private static final Pattern STOPPED_SAVED = Pattern.compile("Stopped at step (\\d+); best router \\(step (\\d+)\\) saved.*");

    @TempDir
    Path configDir;
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;
    private TrainViewModel model;

    @BeforeEach
    void start() throws Exception {
        app = AppHarness.start(configDir);
        model = app.engineViews().train();
    }

    @AfterEach
    void stop() throws Exception {
        AppHarness.stop(app);
    }

    private void set(TrainingField field, String value) {
        OnFx.run(() -> model.field(field).set(value));
    }

    /** Waits, and on a timeout says where the view stood. */
    private void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition) {
        try {
            AppHarness.waitUntil(seconds, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; message: " + OnFx.get(() -> model.messageProperty().get())
                    + "; progress: " + OnFx.get(() -> model.progressTextProperty().get()), e);
        }
    }

    @Test
    void stopDuringFineTuningKeepsTheBestRouterWithItsEncoder() {
        AppHarness.loadSampleTraining(app);
        OnFx.run(() -> app.window().select(ViewId.TRAIN)); // after loading: opening files shows the Data view
        set(TrainingField.FINETUNE, "top-1");
        set(TrainingField.BATCH, "16");
        set(TrainingField.STEPS, "300");
        set(TrainingField.EVAL_EVERY, "100");
        set(TrainingField.DEVICE, "cpu");
        robot.clickOn("#train-start");
        waitUntil(300, () -> model.shownProperty().get() != null && model.shownProperty().get().curves().size() >= 2);
        robot.clickOn("#train-stop");
        waitUntil(300, () -> !model.runningProperty().get());

        RunEntry run = OnFx.get(() -> model.shownProperty().get());
        String message = OnFx.get(() -> model.messageProperty().get());
        assertThat(run.statusProperty().get()).as(message).isEqualTo(RunStatus.STOPPED);
        Matcher matcher = STOPPED_SAVED.matcher(message);
        assertThat(matcher.matches()).as(message).isTrue();
        int stoppedAt = Integer.parseInt(matcher.group(1));
        int best = Integer.parseInt(matcher.group(2));
        assertThat(stoppedAt).isBetween(2, 299);
        assertThat(best).isBetween(1, stoppedAt);
        assertThat(run.routerFolder().resolve("encoder/model.onnx")).isRegularFile();
        AppHarness.screenshot(app, "train-stopped-finetune.png");
    }

    @Test
    void stopDuringEncodingIsAStopNotAnError() throws Exception {
        Path data = StopDataFile.write(dataDir, 3000);
        OnFx.run(() -> app.window().openFiles(List.of(data)));
        AppHarness.waitUntil(30, () -> !app.dataModel().loadingProperty().get() && app.dataModel().datasets().size() == 1);
        OnFx.run(() -> app.window().select(ViewId.TRAIN));
        set(TrainingField.DEVICE, "cpu");
        robot.clickOn("#train-start");
        waitUntil(120, () -> model.progressTextProperty().get().startsWith("encoding training queries")
                && model.progressProperty().get() > 0);
        robot.clickOn("#train-stop");
        waitUntil(60, () -> !model.runningProperty().get());

        RunEntry run = OnFx.get(() -> model.shownProperty().get());
        String message = OnFx.get(() -> model.messageProperty().get());
        assertThat(run.statusProperty().get()).as(message).isEqualTo(RunStatus.STOPPED);
        assertThat(message).startsWith("Stopped while preparing the training data; no router saved");
        assertThat(Files.exists(run.routerFolder())).isFalse();
    }
}
