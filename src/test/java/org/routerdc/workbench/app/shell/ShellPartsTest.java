package org.routerdc.workbench.app.shell;

import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routerdc.workbench.app.OnFx;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ShellPartsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void errorDialogShowsOneLineAndTheDetailsExpandable() {
        Alert alert = OnFx.get(() -> ErrorDialog.create(null, "Could not read x.json",
                "x.json:3: field 'scores': not a number\n\tat somewhere"));
        assertThat(alert.getHeaderText()).isEqualTo("Could not read x.json");
        assertThat(alert.getContentText()).isEqualTo("x.json:3: field 'scores': not a number");
        assertThat(alert.getDialogPane().getExpandableContent()).isInstanceOfSatisfying(TextArea.class,
                area -> assertThat(area.getText()).contains("at somewhere"));
    }

    @Test
    void anExceptionShowsItsMessageWithTheTraceExpandable() {
        Exception error = new java.io.IOException("x.router/router.json: no such file",
                new IllegalStateException("inner"));
        org.controlsfx.dialog.ExceptionDialog dialog = OnFx.get(() -> ErrorDialog.create(null, "Could not open the router", error));
        assertThat(dialog.getHeaderText()).isEqualTo("Could not open the router");
        assertThat(dialog.getContentText()).isEqualTo("x.router/router.json: no such file");
        javafx.scene.Node details = dialog.getDialogPane().getExpandableContent();
        assertThat(OnFx.get(() -> details.lookup(".text-area"))).isInstanceOfSatisfying(TextArea.class,
                area -> assertThat(area.getText()).contains("IOException").contains("Caused by").contains("inner"));
    }

    @Test
    void eachBackgroundTaskIsCancelledOnItsOwnFromTheStatusBarTaskList() throws Exception {
        WorkbenchContext context = OnFx.get(() -> new WorkbenchContext(new org.routerdc.workbench.app.settings.SettingsStore(
                java.nio.file.Files.createTempDirectory("status-bar"))));
        CountDownLatch release = new CountDownLatch(1);
        Task<Void> encoding = blocking("Encoding 5 queries", release);
        Task<Void> map = blocking("Computing the map", release);
        StatusBar bar = OnFx.get(() -> {
            StatusBar b = new StatusBar(context);
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.BorderPane(null, null, null, b, null), 700, 300));
            stage.sizeToScene();
            stage.setX(0); // on the headless screen, where the robot can reach it
            stage.setY(0);
            context.tasks().submit(encoding);
            context.tasks().submit(map);
            return b;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnFx.get(bar::getText)).isEqualTo("2 tasks (first: Encoding 5 queries)");
        new org.testfx.api.FxRobot().clickOn("#status-tasks-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.taskList().getTasks()).containsExactly(encoding, map);
        org.routerdc.workbench.app.AppHarness.waitUntil(10, () -> bar.taskList().getScene() != null
                && bar.taskList().getScene().getWindow().isShowing()
                && bar.taskList().lookupAll(".task-cancel-button").size() == 2);
        javafx.scene.Node mapCancel = OnFx.get(() -> bar.taskList().lookupAll(".task-cancel-button").stream()
                .skip(1).findFirst().orElseThrow());
        OnFx.run(() -> org.routerdc.workbench.app.PngSnapshot.write(bar.taskList(),
                java.nio.file.Path.of("target/screenshots/status-bar-tasks.png")));
        new org.testfx.api.FxRobot().clickOn(mapCancel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.get(() -> context.tasks().count().get()) == 1);
        assertThat(map.isCancelled()).isTrue();
        assertThat(encoding.isCancelled()).isFalse();
        assertThat(OnFx.get(bar::getText)).isEqualTo("1 task: Encoding 5 queries");
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.get(() -> context.tasks().count().get()) == 0);
        OnFx.run(context::close);
    }

    private static Task<Void> blocking(String title, CountDownLatch release) {
        return new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected Void call() throws Exception {
                release.await(20, TimeUnit.SECONDS);
                return null;
            }
        };
    }

    @Test
    void backgroundTasksListWhatRunsWithItsTitleUntilItEnds() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks();
        CountDownLatch release = new CountDownLatch(1);
        Task<Void> task = new Task<>() {
            {
                updateTitle("Encoding 5 queries");
            }

            @Override
            protected Void call() throws Exception {
                release.await(10, TimeUnit.SECONDS);
                return null;
            }
        };
        OnFx.run(() -> tasks.submit(task));
        assertThat(OnFx.get(() -> tasks.count().get())).isEqualTo(1);
        assertThat(OnFx.get(() -> tasks.firstTitle().get())).isEqualTo("Encoding 5 queries");

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OnFx.get(() -> tasks.count().get()) == 0);
        assertThat(OnFx.get(() -> tasks.firstTitle().get())).isEmpty();
        tasks.close();
    }

    @Test
    void themeSwapsOnlyOurStylesheets() {
        javafx.scene.Scene scene = OnFx.get(() -> {
            javafx.scene.Scene s = new javafx.scene.Scene(new javafx.scene.layout.Pane());
            s.getStylesheets().add("data:text/css,.x{}");
            Theme.DARK.applyTo(s);
            Theme.LIGHT.applyTo(s);
            return s;
        });
        assertThat(scene.getStylesheets()).hasSize(3).contains("data:text/css,.x{}")
                .anyMatch(s -> s.endsWith("workbench-base.css")).anyMatch(s -> s.endsWith("workbench-light.css"));
    }
}
