package org.routerdc.workbench.app.training;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.AppHarness;
import org.routerdc.workbench.app.OnFx;
import org.routerdc.workbench.app.PngSnapshot;
import org.routerdc.workbench.app.WorkbenchApp;
import org.routerdc.workbench.app.shell.ViewId;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The run list's Delete, Rename and Open folder on the real app, with runs an older version left in the config folder. */
class RunManagementTest {
    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private final List<Path> opened = new ArrayList<>();
    private WorkbenchApp app;
    private Path config;
    private Path data;

    @BeforeEach
    void start() throws Exception {
        config = temp.resolve("config");
        data = temp.resolve("data");
        storedRun(new RunStore(config), "run-20260101-100000", "Run 1", 3 * 1024 * 1024); // as an older version kept it
        storedRun(new RunStore(data), "run-20260102-100000", "Run 2", 1024);
        app = AppHarness.start(config, data, () -> new WorkbenchApp(org.routerdc.workbench.app.ScriptedTrainingWorker::command, opened::add, () -> { }));
        OnFx.run(() -> app.window().select(ViewId.TRAIN));
    }

    @AfterEach
    void stop() throws Exception {
        AppHarness.stop(app);
    }

    @Test
    void deletingARunAsksWithItsSizeThenRemovesItsFilesAndItsRow() {
        TableView<RunEntry> table = robot.lookup("#run-list").queryTableView();
        assertThat(table.getItems()).extracting(RunEntry::name).containsExactly("Run 1", "Run 2");
        RunEntry first = table.getItems().getFirst();
        assertThat(first.folder()).isEqualTo(data.resolve("runs/run-20260101-100000"));
        assertThat(config.resolve("runs")).doesNotExist();

        // Delete key, then Cancel: nothing happens.
        OnFx.run(() -> table.getSelectionModel().select(first));
        robot.clickOn(row(table, "Run 1")).push(KeyCode.DELETE);
        DialogPane ask = dialog("#delete-run-dialog");
        assertThat(ask.getHeaderText()).isEqualTo("Delete Run 1 and its files (3.0 MB on disk)?");
        robot.clickOn((Button) ask.lookupButton(ButtonType.CANCEL));
        assertThat(table.getItems()).hasSize(2);
        assertThat(first.routerFolder()).exists();

        // Context menu ▸ Delete…, then Delete.
        robot.rightClickOn(row(table, "Run 1")).clickOn("#run-delete");
        DialogPane confirm = dialog("#delete-run-dialog");
        OnFx.run(() -> PngSnapshot.write(confirm, Path.of("target/screenshots/delete-run.png")));
        robot.clickOn((Button) confirm.lookupButton(RunActions.DELETE));
        AppHarness.waitUntil(10, () -> !Files.exists(first.folder()));
        assertThat(table.getItems()).extracting(RunEntry::name).containsExactly("Run 2");
        assertThat(new RunStore(data).load()).extracting(RunEntry::name).containsExactly("Run 2");
    }

    @Test
    void renameAndOpenFolder() throws Exception {
        TableView<RunEntry> table = robot.lookup("#run-list").queryTableView();
        RunEntry second = table.getItems().getLast();
        OnFx.run(() -> table.getSelectionModel().select(second));
        robot.rightClickOn(row(table, "Run 2")).clickOn("#run-rename");
        DialogPane rename = dialog("#rename-run-dialog");
        robot.clickOn(robot.from(rename).lookup(".text-field").queryAs(Node.class))
                .push(KeyCode.CONTROL, KeyCode.A).write("top-2 at 3e-4");
        robot.clickOn((Button) rename.lookupButton(ButtonType.OK));
        AppHarness.waitUntil(10, () -> second.name().equals("top-2 at 3e-4"));
        assertThat(Files.readString(second.folder().resolve("run.json"))).contains("\"top-2 at 3e-4\"");
        assertThat(robot.from(table).lookup("top-2 at 3e-4").tryQuery()).isPresent();
        OnFx.run(() -> table.getSelectionModel().selectAll());
        javafx.scene.chart.LineChart<?, ?> compare = robot.lookup("#compare-chart").queryAs(javafx.scene.chart.LineChart.class);
        assertThat(OnFx.get(() -> compare.getData().stream().map(s -> s.getName()).toList())).contains("top-2 at 3e-4");
        AppHarness.screenshot(app, "train-view-runs.png");

        robot.rightClickOn(row(table, "top-2 at 3e-4")).clickOn("#run-open-folder");
        assertThat(opened).containsExactly(second.folder());
    }

    private Node row(TableView<RunEntry> table, String name) {
        return robot.from(table).lookup((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                && name.equals(cell.getItem())).query();
    }

    private DialogPane dialog(String id) {
        AppHarness.waitUntil(10, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup(id) != null));
        Node node = robot.lookup(id).query();
        return node instanceof DialogPane pane ? pane : (DialogPane) node.getScene().lookup(".dialog-pane");
    }

    private static void storedRun(RunStore store, String id, String name, int routerBytes) throws Exception {
        RunEntry run = new RunEntry(id, name, id.substring(4, 8) + "-01-0" + id.charAt(11) + "T10:00:00",
                TrainingSettings.defaults(), List.of(), store.folderFor(id), new RunCurves(), RunStatus.COMPLETED, "done", "CPU");
        store.save(run);
        Files.createDirectories(run.routerFolder());
        Files.write(run.routerFolder().resolve("head.bin"), new byte[routerBytes]);
    }
}
