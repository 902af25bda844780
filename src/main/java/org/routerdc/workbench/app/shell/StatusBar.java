package org.routerdc.workbench.app.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Bottom bar: current router, device, and a compact "N tasks" indicator with the first task's progress and a cancel. */
public final class StatusBar extends HBox {
    public StatusBar(WorkbenchContext context) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);

        Label router = new Label();
        router.textProperty().bind(Bindings.concat("Router: ", context.currentRouterProperty()));
        router.setId("status-router");
        Label device = new Label();
        device.textProperty().bind(Bindings.concat("Device: ", context.deviceProperty()));
        device.setId("status-device");

        BackgroundTasks tasks = context.tasks();
        Label taskCount = new Label();
        taskCount.setId("status-tasks");
        taskCount.textProperty().bind(Bindings.createStringBinding(() -> switch (tasks.count().get()) {
            case 0 -> "No background tasks";
            case 1 -> "1 task: " + tasks.firstTitle().get();
            default -> tasks.count().get() + " tasks (first: " + tasks.firstTitle().get() + ")";
        }, tasks.count(), tasks.firstTitle()));
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.progressProperty().bind(tasks.firstProgress());
        progress.visibleProperty().bind(tasks.count().greaterThan(0));
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("small-button");
        cancel.visibleProperty().bind(tasks.count().greaterThan(0));
        cancel.setOnAction(event -> tasks.cancelAll());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(router, new Label("·"), device, spacer, taskCount, progress, cancel);
    }
}
