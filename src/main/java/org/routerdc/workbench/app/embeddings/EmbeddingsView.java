package org.routerdc.workbench.app.embeddings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.routerdc.workbench.app.export.ExportMenu;
import org.routerdc.workbench.app.shell.WorkbenchView;

import java.util.List;

/** Embeddings view: t-SNE map of the router's training queries and its LLMs, with its controls above the map. */
public final class EmbeddingsView implements WorkbenchView {
    private final EmbeddingsViewModel model;
    private final MapCanvas map = new MapCanvas();
    private final BorderPane root = new BorderPane();
    private final javafx.beans.property.ObjectProperty<Integer> iterationValue;
    private final javafx.beans.property.ObjectProperty<Double> perplexityValue;

    public EmbeddingsView(EmbeddingsViewModel model) {
        this.model = model;
        iterationValue = model.iterationsProperty().asObject();
        perplexityValue = model.perplexityProperty().asObject();
        model.setSink(new EmbeddingsViewModel.MapSink() {
            @Override
            public void newMap(MapModel mapModel) {
                map.setModel(mapModel);
            }

            @Override
            public void moved(double[][] points, List<MapModel.Marker> markers) {
                map.setPoints(points, markers);
            }
        });
        map.setOnPointClicked(model::openQuery);
        root.setTop(toolbar());
        root.setCenter(map);
    }

    private Node toolbar() {
        ComboBox<MapSpace> space = new ComboBox<>();
        space.setId("map-space");
        space.getItems().setAll(MapSpace.values());
        space.valueProperty().bindBidirectional(model.spaceProperty());
        ComboBox<ColourBy> colour = new ComboBox<>();
        colour.setId("map-colour");
        colour.getItems().setAll(ColourBy.values());
        colour.valueProperty().bindBidirectional(model.colourByProperty());
        Spinner<Double> perplexity = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(2, 100,
                model.perplexityProperty().get(), 5));
        perplexity.setId("map-perplexity");
        perplexity.setEditable(true);
        perplexity.setPrefWidth(85);
        perplexity.getValueFactory().valueProperty().bindBidirectional(perplexityValue);
        perplexity.setTooltip(new Tooltip("Perplexity: about how many neighbours each query keeps close"));
        Spinner<Integer> iterations = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(50, 5000,
                model.iterationsProperty().get(), 250));
        iterations.setId("map-iterations");
        iterations.setEditable(true);
        iterations.setPrefWidth(95);
        iterations.getValueFactory().valueProperty().bindBidirectional(iterationValue);
        Button run = new Button("Run");
        run.setId("map-run");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(event -> model.run());
        Button stop = new Button("Stop");
        stop.setId("map-stop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(event -> model.stop());
        MenuButton export = new MenuButton("Export");
        export.setId("map-export");
        export.getItems().addAll(
                exportItem("PNG…", "png", "embedding-map", file -> map.exportPng(file)),
                exportItem("PNG (2×)…", "png", "embedding-map@2x", file -> map.exportPng(file, 2)),
                exportItem("SVG…", "svg", "embedding-map", map::exportSvg),
                exportItem("CSV of the points…", "csv", "embedding-map", map::exportCsv));
        Label progress = new Label();
        progress.setId("map-progress");
        progress.textProperty().bind(model.progressProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label("Space"), space, new Label("Colour by"), colour, new Label("Perplexity"), perplexity,
                new Label("Iterations"), iterations, run, stop, progress, spacer, export);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label();
        caption.setId("map-caption");
        caption.getStyleClass().add("summary-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(model.captionProperty());
        VBox box = new VBox(6, controls, caption);
        box.setPadding(new Insets(8, 10, 4, 10));
        return box;
    }

    private MenuItem exportItem(String text, String extension, String name, ExportMenu.Writer writer) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> ExportMenu.save(root, name, extension, writer));
        return item;
    }

    public MapCanvas map() {
        return map;
    }

    /** Ctrl+F in this view: the map's search box. */
    public void focusSearch() {
        map.searchField().requestFocus();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.runIfStale();
    }
}
