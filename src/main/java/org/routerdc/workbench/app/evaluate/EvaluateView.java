package org.routerdc.workbench.app.evaluate;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.routerdc.workbench.app.PngSnapshot;
import org.routerdc.workbench.app.shell.PanelHeading;
import org.routerdc.workbench.app.shell.WorkbenchView;
import org.routerdc.workbench.eval.DatasetReport;

/**
 * Evaluate view: the router against every baseline per test dataset (skipped rows counted), its cost–quality curve
 * with a λ slider and each LLM's share of calls, and every test query at the chosen operating point.
 */
public final class EvaluateView implements WorkbenchView {
    private final EvaluateViewModel model;
    private final BorderPane root = new BorderPane();
    private final CostQualityPlot plot = new CostQualityPlot();

    public EvaluateView(EvaluateViewModel model) {
        this.model = model;
        root.setId("evaluate-view");
        root.setTop(toolbar());
        SplitPane upper = new SplitPane(datasetPane(), plotPane());
        upper.setDividerPositions(0.42);
        SplitPane centre = new SplitPane(upper, queryPane());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.55);
        root.setCenter(centre);
        model.resultProperty().addListener((obs, old, result) -> plot.show(result == null ? null : result.curve(),
                model.operatingPointProperty().get()));
        model.operatingPointProperty().addListener((obs, old, point) -> plot.show(
                model.resultProperty().get() == null ? null : model.resultProperty().get().curve(), point));
    }

    private Node toolbar() {
        Button run = new Button("Evaluate");
        run.setId("evaluate-run");
        run.setDefaultButton(false);
        run.disableProperty().bind(model.busyProperty());
        run.setOnAction(event -> model.evaluate());
        Button cancel = new Button("Cancel");
        cancel.setId("evaluate-cancel");
        cancel.disableProperty().bind(model.busyProperty().not());
        cancel.setOnAction(event -> model.cancel());
        Button prices = new Button("Prices…");
        prices.setId("evaluate-prices");
        prices.setTooltip(new javafx.scene.control.Tooltip("A JSON price table {\"<llm>\": cost per query}, for tables without costs"));
        prices.setOnAction(event -> {
            File file = chooser("Price table", "*.json").showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.loadPrices(file.toPath());
            }
        });
        MenuButton export = new MenuButton("Export");
        export.setId("evaluate-export");
        export.disableProperty().bind(model.resultProperty().isNull());
        export.getItems().addAll(
                item("Curve as CSV…", "*.csv", model::exportCurve),
                item("Queries as CSV…", "*.csv", model::exportQueries),
                item("Plot as PNG…", "*.png", this::exportPng),
                item("Plot as SVG…", "*.svg", this::exportSvg));
        ProgressBar progress = new ProgressBar();
        progress.setId("evaluate-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("evaluate-message");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(8, run, cancel, prices, export, progress, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private interface Export {
        void to(Path file) throws IOException;
    }

    private MenuItem item(String text, String pattern, Export export) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> {
            File file = chooser(text.replace("…", ""), pattern).showSaveDialog(root.getScene().getWindow());
            if (file == null) {
                return;
            }
            try {
                export.to(file.toPath());
                model.messageProperty().set("Wrote " + file.getName());
            } catch (IOException | RuntimeException e) {
                model.messageProperty().set("Could not write " + file.getName() + ": " + e.getMessage());
            }
        });
        return item;
    }

    private static FileChooser chooser(String title, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        return chooser;
    }

    /** The plot as on screen. FX thread. */
    public void exportPng(Path file) throws IOException {
        PngSnapshot.write(plot, file);
    }

    /** The plot as SVG, at its size on screen. */
    public void exportSvg(Path file) throws IOException {
        EvaluateViewModel.writeSvg(plot.svg(Math.max(plot.getWidth(), 640), Math.max(plot.getHeight(), 420)), file);
    }

    private Node datasetPane() {
        TableView<DatasetReport> table = new TableView<>(model.datasetRows());
        table.setId("evaluate-datasets");
        table.setPlaceholder(new Label("No evaluation yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(text("Dataset", DatasetReport::name, 120));
        table.getColumns().add(number("n", d -> (double) d.n(), "%.0f"));
        table.getColumns().add(number("skipped", d -> (double) d.skipped(), "%.0f"));
        table.getColumns().add(number("Router", DatasetReport::router, "%.2f"));
        table.getColumns().add(number("Oracle", DatasetReport::oracle, "%.2f"));
        table.getColumns().add(number("Best single", DatasetReport::bestSingle, "%.2f"));
        table.getColumns().add(number("Random", DatasetReport::random, "%.2f"));
        table.getColumns().add(number("kNN", DatasetReport::knn, "%.2f"));
        table.getColumns().add(number("Cluster", DatasetReport::cluster, "%.2f"));
        VBox box = new VBox(4, PanelHeading.of("Accuracy per test dataset (%), router at λ = 0 beside the baselines"), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private Node plotPane() {
        Slider slider = new Slider(0, 1, model.positionProperty().get());
        slider.setId("evaluate-lambda");
        slider.valueProperty().bindBidirectional(model.positionProperty());
        slider.disableProperty().bind(model.resultProperty().isNull());
        Label left = new Label("quality first (λ 0)");
        Label right = new Label("cheapest");
        HBox sliderRow = new HBox(8, left, slider, right);
        HBox.setHgrow(slider, Priority.ALWAYS);
        sliderRow.setAlignment(Pos.CENTER_LEFT);
        Label shares = new Label();
        shares.setId("evaluate-shares");
        shares.setWrapText(true);
        shares.textProperty().bind(model.sharesProperty());
        VBox box = new VBox(4, PanelHeading.of("Cost against quality: router and cluster baseline, single LLMs, oracle"), plot,
                sliderRow, shares);
        VBox.setVgrow(plot, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private Node queryPane() {
        SortedList<QueryOutcome> sorted = new SortedList<>(model.visibleOutcomes());
        TableView<QueryOutcome> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("evaluate-queries");
        table.setPlaceholder(new Label("No evaluation yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<QueryOutcome, String> query = text("Query", o -> o.query().replaceAll("\\s+", " "), 520);
        table.getColumns().add(query);
        table.getColumns().add(text("Dataset", QueryOutcome::dataset, 130));
        table.getColumns().add(text("Routed LLM", o -> PlotLayout.shortName(o.routedLlm()), 170));
        table.getColumns().add(number("Score", QueryOutcome::score, "%.2f"));
        table.getColumns().add(number("Best", QueryOutcome::best, "%.2f"));
        table.getColumns().add(number("Regret", QueryOutcome::regret, "%.2f"));
        table.getColumns().add(number("Cost", QueryOutcome::cost, "%.3g"));
        table.setRowFactory(view -> {
            TableRow<QueryOutcome> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    model.openQuery(row.getItem());
                }
            });
            return row;
        });
        TextField search = new TextField();
        search.setId("evaluate-filter");
        search.setPromptText("Filter queries, datasets, LLMs");
        search.textProperty().bindBidirectional(model.filterProperty());
        CheckBox lost = new CheckBox("Where the router lost");
        lost.setId("evaluate-lost");
        lost.selectedProperty().bindBidirectional(model.lostOnlyProperty());
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "%,d of %,d queries · double-click opens one in Route", model.visibleOutcomes().size(), model.outcomes().size()),
                model.visibleOutcomes(), model.outcomes()));
        HBox filters = new HBox(8, search, lost, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox box = new VBox(4, PanelHeading.of("Test queries at the operating point"), filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <T> TableColumn<T, Double> number(String title, Function<T, Double> value, String format) {
        TableColumn<T, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double number, boolean empty) {
                super.updateItem(number, empty);
                setText(empty || number == null ? null : Double.isNaN(number) ? "–" : String.format(Locale.ROOT, format, number));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(78);
        return column;
    }

    @Override
    public Node root() {
        return root;
    }

    public EvaluateViewModel model() {
        return model;
    }
}
