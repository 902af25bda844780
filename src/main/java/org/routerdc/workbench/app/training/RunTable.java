package org.routerdc.workbench.app.training;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Locale;

/** The run list: name, start, settings, best average selection accuracy, status. Several rows can be selected. */
final class RunTable extends TableView<RunEntry> {
    RunTable(TrainViewModel model) {
        setId("run-list");
        setItems(model.runs());
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("No runs yet: set the options and press Start."));
        TableColumn<RunEntry, String> name = column("Run", 150, run -> new ReadOnlyStringWrapper(run.name()));
        TableColumn<RunEntry, String> started = column("Started", 120,
                run -> new ReadOnlyStringWrapper(run.startedAt().replace('T', ' ').replaceFirst("\\.\\d+$", "").replaceFirst(":\\d\\d$", "")));
        TableColumn<RunEntry, String> best = column("Best avg %", 80, run -> Bindings.createStringBinding(
                () -> run.bestAverageProperty().get() == null ? "–"
                        : String.format(Locale.ROOT, "%.1f", run.bestAverageProperty().get()), run.bestAverageProperty()));
        best.getStyleClass().add("number-column");
        TableColumn<RunEntry, String> status = column("Status", 130, run -> Bindings.createStringBinding(
                () -> run.statusProperty().get().label(), run.statusProperty()));
        TableColumn<RunEntry, String> settings = column("Settings", 300, run -> new ReadOnlyStringWrapper(run.settings().summary()));
        getColumns().setAll(java.util.List.of(name, started, best, status, settings));
    }

    private static TableColumn<RunEntry, String> column(String title, double width,
                                                        java.util.function.Function<RunEntry, javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<RunEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return column;
    }
}
