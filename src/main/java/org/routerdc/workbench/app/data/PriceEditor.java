package org.routerdc.workbench.app.data;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.routerdc.workbench.app.shell.PanelHeading;
import org.routerdc.workbench.data.DataError;

/** Each LLM's price per query (editable in place), its mean cost in the selected dataset, and load/save of a price file. */
final class PriceEditor extends VBox {
    PriceEditor(PricesViewModel model, java.util.function.Consumer<DataError> report) {
        super(6);
        TableView<LlmPrice> table = new TableView<>(model.rows());
        table.setId("price-table");
        table.setEditable(true);
        table.setPlaceholder(new Label("No LLMs yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // every LLM in sight (up to 11, RouterBench's count); the chart above gives way
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 30 + 24.0 * Math.clamp(model.rows().size(), 2, 11), model.rows()));
        table.minHeightProperty().bind(table.prefHeightProperty());

        TableColumn<LlmPrice, String> llm = new TableColumn<>("LLM");
        llm.setCellValueFactory(cell -> Bindings.createStringBinding(() -> QueryTable.shortName(cell.getValue().llm())));
        TableColumn<LlmPrice, String> price = new TableColumn<>("Price / query");
        price.setId("price-column");
        price.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> cell.getValue().priceProperty().get() == null ? "" : String.valueOf(cell.getValue().priceProperty().get()),
                cell.getValue().priceProperty()));
        price.setCellFactory(TextFieldTableCell.forTableColumn());
        price.setEditable(true);
        price.setOnEditCommit(event -> {
            model.setPrice(event.getRowValue().llm(), event.getNewValue());
            table.refresh(); // a refused price shows its old value again
        });
        TableColumn<LlmPrice, String> mean = new TableColumn<>("Mean cost");
        mean.setId("mean-cost-column");
        mean.setCellValueFactory(cell -> Bindings.createStringBinding(() -> {
            double cost = cell.getValue().meanCostProperty().get();
            return Double.isNaN(cost) ? "–" : String.format(Locale.ROOT, "$%.3g", cost);
        }, cell.getValue().meanCostProperty()));
        TableColumn<LlmPrice, String> source = new TableColumn<>("From");
        source.setCellValueFactory(cell -> cell.getValue().costSourceProperty());
        table.getColumns().setAll(java.util.List.of(llm, price, mean, source));

        Button load = new Button("Load prices…");
        load.setId("prices-load");
        load.setOnAction(event -> {
            File file = chooser("Load prices").showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.load(file.toPath());
            }
        });
        Button save = new Button("Save prices…");
        save.setId("prices-save");
        save.setOnAction(event -> {
            FileChooser chooser = chooser("Save prices");
            chooser.setInitialFileName("prices.json");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                try {
                    model.save(file.toPath());
                } catch (IOException e) {
                    report.accept(new DataError(file.toPath(), 0, null, "cannot write: " + e.getMessage()));
                }
            }
        });
        Label status = new Label();
        status.setId("prices-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox buttons = new HBox(8, load, save);
        getChildren().setAll(PanelHeading.of("Cost per query"), table, buttons, status);
        setMinHeight(USE_PREF_SIZE);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Price table {\"<llm>\": cost}", "*.json"));
        return chooser;
    }
}
