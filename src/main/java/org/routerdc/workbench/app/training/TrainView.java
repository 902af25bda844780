package org.routerdc.workbench.app.training;

import org.routerdc.workbench.app.shell.PanelHeading;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.routerdc.workbench.app.shell.WorkbenchView;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;

/** Train view: settings and run controls (left), live loss and accuracy charts (top), run list and comparison (bottom). */
public final class TrainView implements WorkbenchView {
    private final TrainViewModel model;
    private final BorderPane root = new BorderPane();
    private final LossChart loss = new LossChart();
    private final AccuracyChart accuracy = new AccuracyChart();
    private final CompareChart compare = new CompareChart();
    private final RunTable table;
    private final ToggleButton compareLoss = new ToggleButton("Loss");
    private final ToggleButton compareAccuracy = new ToggleButton("Accuracy");
    private final ChangeListener<Number> redraw = (obs, old, value) -> redraw();

    /** @param showFolder opens a folder in the desktop's file manager */
    public TrainView(TrainViewModel model, Consumer<Path> showFolder) {
        this.model = model;
        this.table = new RunTable(model);
        new RunActions(model, table, showFolder, this::redraw);
        root.setLeft(controls());
        SplitPane centre = new SplitPane(charts(), runs());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.58);
        centre.setId("train-split");
        root.setCenter(centre);

        model.shownProperty().addListener((obs, old, run) -> {
            if (old != null) {
                old.revisionProperty().removeListener(redraw);
            }
            if (run != null) {
                run.revisionProperty().addListener(redraw);
            }
            redraw();
        });
        model.smoothingProperty().addListener(redraw);
        model.logScaleProperty().addListener((obs, old, log) -> redraw());
        compareAccuracy.selectedProperty().addListener((obs, old, on) -> redrawCompare());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunEntry>) change -> {
            RunEntry selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && !model.runningProperty().get()) {
                model.shownProperty().set(selected);
            }
            redrawCompare();
        });
        redraw();
    }

    private Node controls() {
        Label heading = PanelHeading.of("Training settings");
        ScrollPane form = new ScrollPane(new TrainingForm(model));
        form.setFitToWidth(true);
        form.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(form, Priority.ALWAYS);

        Button start = button("Start", "train-start", model::start);
        start.setDefaultButton(false);
        start.disableProperty().bind(model.runningProperty());
        Button stop = button("Stop", "train-stop", model::stop);
        stop.disableProperty().bind(model.runningProperty().not());
        Button resume = button("Resume", "train-resume", model::resume);
        resume.disableProperty().bind(model.canResumeProperty().not());
        HBox buttons = new HBox(8, start, stop, resume);

        Label device = new Label();
        device.setId("train-device");
        device.textProperty().bind(model.deviceTextProperty().map(text -> "Device: " + text));
        ProgressBar progress = new ProgressBar();
        progress.setId("train-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty().or(model.progressProperty().greaterThan(0)));
        Label progressText = new Label();
        progressText.setId("train-progress-text");
        progressText.textProperty().bind(model.progressTextProperty());
        progressText.getStyleClass().add("summary-caption");
        Label message = new Label();
        message.setId("train-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.styleProperty().bind(model.messageProperty().map(text -> text.startsWith("Training process ended")
                || text.startsWith("Training failed") || text.startsWith("Could not") || text.startsWith("Fix")
                ? "-fx-text-fill: #d1453b; -fx-font-weight: bold;" : ""));
        VBox box = new VBox(8, heading, form, buttons, device, progress, progressText, message);
        box.setPadding(new Insets(10));
        box.setPrefWidth(350);
        box.setMinWidth(330);
        return box;
    }

    private Node charts() {
        Slider smoothing = new Slider(0, 0.99, model.smoothingProperty().get());
        smoothing.setId("smoothing");
        smoothing.valueProperty().bindBidirectional(model.smoothingProperty());
        Label smoothingValue = new Label();
        smoothingValue.textProperty().bind(model.smoothingProperty().map(v -> String.format(Locale.ROOT, "%.2f", v.doubleValue())));
        CheckBox log = new CheckBox("Log scale");
        log.setId("log-scale");
        log.selectedProperty().bindBidirectional(model.logScaleProperty());
        HBox tools = new HBox(8, new Label("Smoothing"), smoothing, smoothingValue, log);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox lossBox = new VBox(4, tools, loss);
        VBox.setVgrow(loss, Priority.ALWAYS);
        HBox charts = new HBox(8, lossBox, accuracy);
        HBox.setHgrow(lossBox, Priority.ALWAYS);
        HBox.setHgrow(accuracy, Priority.ALWAYS);
        lossBox.setPrefWidth(520);
        accuracy.setPrefWidth(460);
        charts.setPadding(new Insets(6, 8, 4, 4));
        return charts;
    }

    private Node runs() {
        compareAccuracy.setId("compare-accuracy");
        compareLoss.setId("compare-loss");
        compareLoss.setSelected(true);
        SegmentedButton compareBy = new SegmentedButton(compareLoss, compareAccuracy);
        compareBy.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            }
        });
        Label hint = new Label("Select several runs (Ctrl+click) to compare them.");
        hint.getStyleClass().add("summary-caption");
        HBox header = new HBox(10, PanelHeading.of("Runs"), hint);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox list = new VBox(6, header, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox compareTools = new HBox(8, new Label("Compare by:"), compareBy);
        compareTools.setAlignment(Pos.CENTER_LEFT);
        VBox comparison = new VBox(4, compareTools, compare);
        VBox.setVgrow(compare, Priority.ALWAYS);
        HBox bottom = new HBox(10, list, comparison);
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox.setHgrow(comparison, Priority.ALWAYS);
        list.setPrefWidth(640);
        comparison.setPrefWidth(380);
        bottom.setPadding(new Insets(6, 8, 8, 4));
        return bottom;
    }

    private void redraw() {
        RunEntry run = model.shownProperty().get();
        RunCurves curves = run == null ? new RunCurves() : run.curves();
        loss.show(curves, model.smoothingProperty().get(), model.logScaleProperty().get());
        loss.title(run == null ? "Loss" : "Loss · " + run.name());
        accuracy.show(curves);
        redrawCompare();
    }

    private void redrawCompare() {
        List<RunEntry> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        compare.show(selected, compareAccuracy.isSelected(), model.smoothingProperty().get(), model.logScaleProperty().get());
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.setMinWidth(80);
        return button;
    }


    @Override
    public Node root() {
        return root;
    }
}
