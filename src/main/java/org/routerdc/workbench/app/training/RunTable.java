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
        TableColumn<RunEntry, String> name = column("Run", 70, RunEntry::nameProperty);
        TableColumn<RunEntry, String> started = column("Started", 105,
                run -> new ReadOnlyStringWrapper(started(run.startedAt())));
        TableColumn<RunEntry, String> best = column("Best %", 60, run -> Bindings.createStringBinding(
                () -> run.bestAverageProperty().get() == null ? "–"
                        : String.format(Locale.ROOT, "%.1f", run.bestAverageProperty().get()), run.bestAverageProperty()));
        best.getStyleClass().add("number-column");
        TableColumn<RunEntry, String> status = column("Status", 140, run -> Bindings.createStringBinding(
                () -> run.statusProperty().get().label(), run.statusProperty()));
        TableColumn<RunEntry, String> settings = column("Settings", 300, run -> new ReadOnlyStringWrapper(run.settings().summary()));
        getColumns().setAll(java.util.List.of(name, started, best, status, settings));
    }

    /** "2026-11-25T03:24:01.123" → "11-25 03:24" */
    static String started(String isoTime) {
        return isoTime.length() >= 16 ? isoTime.substring(5, 10) + " " + isoTime.substring(11, 16) : isoTime;
    }

    private static TableColumn<RunEntry, String> column(String title, double width,
                                                        java.util.function.Function<RunEntry, javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<RunEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return column;
    }
}
