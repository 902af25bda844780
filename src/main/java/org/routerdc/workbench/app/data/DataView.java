package org.routerdc.workbench.app.data;

import org.routerdc.workbench.app.shell.PanelHeading;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.routerdc.workbench.app.shell.Shortcuts;
import org.routerdc.workbench.app.shell.WorkbenchView;
import org.routerdc.workbench.data.TableStatistics;

/**
 * Data view: datasets (left), queries with heat-coloured scores (centre), accuracy summary and prices (right), load
 * errors (bottom).
 */
public final class DataView implements WorkbenchView {
    private final DataViewModel model;
    private final BorderPane root = new BorderPane();
    private final QueryTable queries = new QueryTable();
    private final SummaryChart summary = new SummaryChart();
    private final TextField search = new TextField();

    /**
     * @param prices    the price editor's model (beside the statistics)
     * @param openFiles what the "Open…" button does (the main window's file chooser)
     */
    public DataView(DataViewModel model, PricesViewModel prices, Runnable openFiles) {
        this.model = model;
        root.getStyleClass().add("data-view");

        Button open = new Button("Open…");
        open.setId("data-open");
        open.setOnAction(event -> openFiles.run());
        DatasetList datasets = new DatasetList(model);
        Button remove = new Button("Remove");
        remove.setId("data-remove");
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(event -> model.remove(model.selectedProperty().get()));
        datasets.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcuts.DELETE.match(event) && model.selectedProperty().get() != null) {
                event.consume();
                model.remove(model.selectedProperty().get());
            }
        });
        HBox datasetButtons = new HBox(8, open, remove);
        CheckBox strict = new CheckBox("Refuse tables with holes");
        strict.setId("data-strict");
        strict.setTooltip(new Tooltip("Strict loading, as the command line's --strict: a table where some LLM has no"
                + " score on a row is refused instead of loaded with a warning. Applies to the next loads."));
        strict.selectedProperty().bindBidirectional(model.strictProperty());
        VBox left = new VBox(8, PanelHeading.of("Datasets"), datasets, datasetButtons, strict);
        VBox.setVgrow(datasets, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        left.setMinWidth(250);

        search.setId("query-search");
        search.setPromptText("Search text, id or task…");
        search.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.setId("row-count");
        count.textProperty().bind(model.rowCountText());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        HBox searchBar = new HBox(10, search, busy, count);
        searchBar.setAlignment(Pos.CENTER_LEFT);
        queries.setItems(model.visibleRows());
        Label fullText = new Label("Select a query to read it in full.");
        fullText.setId("query-full-text");
        fullText.setWrapText(true);
        fullText.setMinHeight(54);
        fullText.setMaxWidth(Double.MAX_VALUE);
        fullText.setPrefHeight(54);
        fullText.setAlignment(Pos.TOP_LEFT);
        fullText.getStyleClass().add("query-full-text");
        queries.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                fullText.setText(row == null ? "Select a query to read it in full." : row.id() + ":  " + row.text()));
        VBox centre = new VBox(8, searchBar, queries, fullText);
        VBox.setVgrow(queries, Priority.ALWAYS);
        centre.setPadding(new Insets(10));

        PriceEditor priceEditor = new PriceEditor(prices, model.errors()::add);
        VBox right = new VBox(8, PanelHeading.of("Accuracy by LLM (%)"), summary, priceEditor);
        VBox.setVgrow(summary, Priority.ALWAYS);
        right.setPadding(new Insets(10));
        right.setMinWidth(300);

        SplitPane split = new SplitPane(left, centre, right);
        split.setDividerPositions(0.19, 0.75);
        split.setId("data-split");
        NotificationPane notices = new NotificationPane(split);
        notices.setId("data-notices");
        notices.setShowFromTop(false);
        model.lastRemovedProperty().addListener((obs, old, removal) -> {
            if (removal == null) {
                notices.hide();
            } else {
                notices.show("Removed " + removal.dataset().name() + " (" + removal.dataset().table().metric().label() + ").",
                        null, new Action("Undo", event -> model.undoRemove()));
            }
        });
        root.setCenter(notices);
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcuts.UNDO.match(event) && !(event.getTarget() instanceof TextInputControl) && model.undoRemove()) {
                event.consume();
            }
        });
        root.setBottom(new LoadErrorsPanel(model.errors(), model::clearErrors));

        ChangeListener<TableStatistics> summaryListener = (obs, old, value) -> showSelected();
        model.selectedProperty().addListener((obs, old, dataset) -> {
            if (old != null) {
                old.summaryProperty().removeListener(summaryListener);
            }
            if (dataset != null) {
                dataset.summaryProperty().addListener(summaryListener);
            }
            showSelected();
        });
    }

    private void showSelected() {
        LoadedDataset dataset = model.selectedProperty().get();
        if (dataset == null) {
            summary.show(null, null);
            return;
        }
        queries.showColumnsOf(dataset.table());
        summary.show(dataset.name() + " (" + dataset.table().metric().label() + ")", dataset.summaryProperty().get());
    }

    /** Focuses the search box (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
    }


    @Override
    public Node root() {
        return root;
    }
}
