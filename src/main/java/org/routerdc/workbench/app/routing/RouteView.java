package org.routerdc.workbench.app.routing;

import org.routerdc.workbench.app.shell.PanelHeading;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.routerdc.workbench.app.shell.WorkbenchView;

import java.io.File;

/**
 * Route view: a query box routed as you type; the chosen LLM in large type, every LLM's probability and score, the
 * nearest training queries, a history, and routing a whole file to CSV.
 */
public final class RouteView implements WorkbenchView {
    private final RouteViewModel model;
    private final BorderPane root = new BorderPane();
    private final TextArea input = new TextArea();

    public RouteView(RouteViewModel model) {
        this.model = model;
        root.setTop(queryBox());
        SplitPane centre = new SplitPane(decisionPane(), nearestPane());
        centre.setId("route-split");
        centre.setOrientation(Orientation.HORIZONTAL);
        centre.setDividerPositions(0.3);
        root.setCenter(centre);
        root.setRight(historyPane());
    }

    private Node queryBox() {
        input.setId("route-input");
        input.setPromptText("Type a query; it is routed as you type (Enter routes at once, Shift+Enter for a new line).");
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.textProperty().bindBidirectional(model.queryProperty());
        input.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShiftDown()) {
                event.consume();
                model.routeNow();
            }
        });
        Button routeFile = new Button("Route file…");
        routeFile.setId("route-file");
        routeFile.disableProperty().bind(model.routerProperty().isNull());
        routeFile.setOnAction(event -> chooseAndRouteFile());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        Label router = new Label();
        router.setId("route-router");
        router.getStyleClass().add("summary-caption");
        router.textProperty().bind(model.routerProperty().map(r -> "Router: " + r.bundle().name()).orElse("Router: none"));
        Label message = new Label();
        message.setId("route-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        javafx.scene.control.CheckBox costAware = new javafx.scene.control.CheckBox("Weigh cost");
        costAware.setId("route-cost-aware");
        costAware.setTooltip(new javafx.scene.control.Tooltip("Route to the highest expected score − λ × predicted cost per query"));
        costAware.selectedProperty().bindBidirectional(model.costAwareProperty());
        javafx.scene.control.Slider lambda = new javafx.scene.control.Slider(0, 1, model.lambdaPositionProperty().get());
        lambda.setId("route-lambda");
        lambda.setPrefWidth(160);
        lambda.valueProperty().bindBidirectional(model.lambdaPositionProperty());
        lambda.disableProperty().bind(model.costAwareProperty().not());
        Label lambdaValue = new Label();
        lambdaValue.textProperty().bind(model.lambdaTextProperty());
        HBox tools = new HBox(10, routeFile, busy, router, costAware, lambda, lambdaValue, message);
        tools.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(input, Priority.ALWAYS);
        VBox box = new VBox(6, PanelHeading.of("Query"), input, tools);
        box.setPadding(new Insets(10, 10, 6, 10));
        return box;
    }

    private Node decisionPane() {
        Label caption = new Label("Routed to");
        caption.getStyleClass().add("summary-caption");
        Label chosen = new Label();
        chosen.setId("route-chosen");
        chosen.setStyle("-fx-font-size: 30px; -fx-font-weight: bold;");
        chosen.textProperty().bind(model.chosenProperty());
        ProbabilityChart chart = new ProbabilityChart(model.ranked());
        chart.setPrefHeight(260);
        LlmScoreTable scores = new LlmScoreTable(model.ranked());
        scores.setPrefHeight(190);
        VBox box = new VBox(6, caption, chosen, chart, scores);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(6, 8, 8, 10));
        box.setMinWidth(340);
        return box;
    }

    private Node nearestPane() {
        NearestTable table = new NearestTable(model.nearest(), model.llms());
        VBox box = new VBox(6, PanelHeading.of("Nearest training queries"), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6, 8, 8, 8));
        return box;
    }

    private Node historyPane() {
        ListView<String> history = new ListView<>(model.history());
        history.setId("route-history");
        history.setPlaceholder(new Label("Routed queries appear here."));
        history.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of widening it
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        history.setOnMouseClicked(event -> {
            String picked = history.getSelectionModel().getSelectedItem();
            if (picked != null) {
                model.open(picked);
            }
        });
        VBox box = new VBox(6, PanelHeading.of("History"), history);
        VBox.setVgrow(history, Priority.ALWAYS);
        box.setPadding(new Insets(6, 10, 8, 4));
        box.setPrefWidth(230);
        return box;
    }

    private void chooseAndRouteFile() {
        FileChooser open = new FileChooser();
        open.setTitle("Route every query of a score table");
        open.getExtensionFilters().add(new FileChooser.ExtensionFilter("Score tables (*.json, *.jsonl, *.csv)", "*.json", "*.jsonl", "*.csv"));
        File in = open.showOpenDialog(root.getScene().getWindow());
        if (in == null) {
            return;
        }
        FileChooser save = new FileChooser();
        save.setTitle("Save the routing choices as CSV");
        save.setInitialDirectory(in.getParentFile());
        save.setInitialFileName(in.getName().replaceFirst("\\.[^.]+$", "") + "-routes.csv");
        File out = save.showSaveDialog(root.getScene().getWindow());
        if (out != null) {
            model.routeFile(in.toPath(), out.toPath());
        }
    }

    /** Focuses the query box (Ctrl+F in this view, and after a map click). */
    public void focusInput() {
        input.requestFocus();
        input.end();
    }


    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        focusInput();
    }
}
