package org.routerdc.workbench.app.data;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.StringConverter;
import org.routerdc.workbench.data.Metric;

/** Left panel: loaded datasets with row count, metric (editable in place) and LLM count. */
final class DatasetList extends TableView<LoadedDataset> {
    DatasetList(DataViewModel model) {
        super(model.datasets());
        setId("dataset-list");
        setEditable(true);
        setPlaceholder(new Label("No datasets loaded"));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<LoadedDataset, String> name = new TableColumn<>("Dataset");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setPrefWidth(110);
        name.setMinWidth(90);
        TableColumn<LoadedDataset, Number> rows = new TableColumn<>("Rows");
        rows.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().table().size()));
        rows.setPrefWidth(46);
        rows.setMinWidth(44);
        TableColumn<LoadedDataset, Metric> metric = new TableColumn<>("Metric");
        metric.setCellValueFactory(cell -> cell.getValue().metricProperty());
        metric.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Metric value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Metric fromString(String text) {
                return Metric.parse(text);
            }
        }, Metric.values()));
        metric.setEditable(true);
        metric.setPrefWidth(78);
        metric.setMinWidth(76);
        metric.setId("metric-column");
        TableColumn<LoadedDataset, Number> llms = new TableColumn<>("LLMs");
        llms.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().table().llms().size()));
        llms.setPrefWidth(44);
        llms.setMinWidth(42);
        TableColumn<LoadedDataset, DatasetRole> role = new TableColumn<>("Role");
        role.setCellValueFactory(cell -> cell.getValue().roleProperty());
        role.setCellFactory(ComboBoxTableCell.forTableColumn(DatasetRole.values()));
        role.setEditable(true);
        role.setPrefWidth(78);
        role.setMinWidth(76);
        role.setId("role-column");
        getColumns().setAll(java.util.List.of(name, rows, metric, role, llms));

        getSelectionModel().selectedItemProperty().addListener((obs, old, dataset) -> {
            if (dataset != null) {
                model.selectedProperty().set(dataset);
            }
        });
        model.selectedProperty().addListener((obs, old, dataset) -> getSelectionModel().select(dataset));
    }
}
