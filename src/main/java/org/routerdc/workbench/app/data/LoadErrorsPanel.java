package org.routerdc.workbench.app.data;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import org.routerdc.workbench.data.DataError;

/** Collapsible list of load errors, one "file:line: field 'x': message" line each; opens when new errors arrive. */
final class LoadErrorsPanel extends TitledPane {
    LoadErrorsPanel(ObservableList<DataError> errors, Runnable clear) {
        ListView<DataError> list = new ListView<>(errors);
        list.setId("load-errors");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(DataError error, boolean empty) {
                super.updateItem(error, empty);
                setText(empty || error == null ? null : error.describe());
            }
        });
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 6 + 24.0 * Math.clamp(errors.size(), 1, 6), errors));
        Button clearButton = new Button("Clear");
        clearButton.setOnAction(event -> clear.run());
        BorderPane content = new BorderPane(list);
        content.setRight(clearButton);
        BorderPane.setMargin(clearButton, new Insets(0, 0, 0, 8));
        setContent(content);
        setId("load-errors-panel");
        getStyleClass().add("load-errors-panel");
        textProperty().bind(Bindings.createStringBinding(() -> errors.isEmpty() ? "Load problems (none)"
                : "Load problems (" + errors.size() + ")", errors));
        setExpanded(false);
        errors.addListener((ListChangeListener<DataError>) change -> setExpanded(!errors.isEmpty()));
    }
}
