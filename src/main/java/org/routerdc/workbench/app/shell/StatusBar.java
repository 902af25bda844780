package org.routerdc.workbench.app.shell;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.TaskProgressView;

/**
 * Bottom bar (ControlsFX {@link org.controlsfx.control.StatusBar}): current router and device on the left; what runs
 * in the background as text with the first task's progress; "Tasks…" opens the list of running tasks, each with its
 * own cancel button ({@link TaskProgressView}).
 */
public final class StatusBar extends org.controlsfx.control.StatusBar {
    private final TaskProgressView<Task<?>> taskList = new TaskProgressView<>();
    private final PopOver taskPopOver = new PopOver(taskList);
    private final Button tasksButton = new Button("Tasks…");

    public StatusBar(WorkbenchContext context) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        Label router = new Label();
        router.textProperty().bind(Bindings.concat("Router: ", context.currentRouterProperty()));
        router.setId("status-router");
        Label device = new Label();
        device.textProperty().bind(Bindings.concat("Device: ", context.deviceProperty()));
        device.setId("status-device");
        getLeftItems().setAll(router, new Separator(Orientation.VERTICAL), device, new Separator(Orientation.VERTICAL));

        BackgroundTasks tasks = context.tasks();
        textProperty().bind(Bindings.createStringBinding(() -> switch (tasks.count().get()) {
            case 0 -> "No background tasks";
            case 1 -> "1 task: " + tasks.firstTitle().get();
            default -> tasks.count().get() + " tasks (first: " + tasks.firstTitle().get() + ")";
        }, tasks.count(), tasks.firstTitle()));
        progressProperty().bind(tasks.firstProgress());

        taskList.setId("task-list");
        taskList.setPrefSize(420, 240);
        Bindings.bindContent(taskList.getTasks(), tasks.running());
        taskPopOver.setTitle("Background tasks");
        taskPopOver.setHeaderAlwaysVisible(true);
        taskPopOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        taskPopOver.setDetachable(false);
        tasksButton.setId("status-tasks-button");
        tasksButton.getStyleClass().add("small-button");
        tasksButton.visibleProperty().bind(tasks.count().greaterThan(0));
        tasksButton.setOnAction(event -> showTasks());
        tasks.count().addListener((obs, old, count) -> {
            if (count.intValue() == 0) {
                taskPopOver.hide();
            }
        });
        getRightItems().setAll(tasksButton);
    }

    /** Opens the list of running tasks above the "Tasks…" button. */
    public void showTasks() {
        if (!taskPopOver.isShowing() && tasksButton.getScene() != null) {
            taskPopOver.show(tasksButton);
        }
    }

    /** The task list in the pop-over (tests, screenshots). */
    public TaskProgressView<Task<?>> taskList() {
        return taskList;
    }
}
