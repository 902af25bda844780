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
    @Start
    void start(Stage stage) {
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
