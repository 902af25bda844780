package org.routerdc.workbench.app.training;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.io.File;
import java.util.Locale;
import java.util.Map;

/**
 * The training settings as a two-column form built from {@link TrainingField}. A wrong value is marked by ControlsFX
 * validation (red mark, reason on hover) and its reason is written below the field; the check is the field's own.
 */
final class TrainingForm extends GridPane {
    private final ValidationSupport validation = new ValidationSupport();

    TrainingForm(TrainViewModel model) {
        setHgap(8);
        setVgap(4);
        setId("training-form");
        getColumnConstraints().addAll(new ColumnConstraints(160), new ColumnConstraints(120, 150, Double.MAX_VALUE, Priority.ALWAYS,
                javafx.geometry.HPos.LEFT, true));
        int row = 0;
        for (TrainingField field : TrainingField.values()) {
            Label label = new Label(field.label());
            label.setTooltip(new Tooltip(field.help()));
            Control input = input(model, field);
            input.setId("field-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            input.setTooltip(new Tooltip(field.help()));
            input.setMaxWidth(Double.MAX_VALUE);
            Label problem = new Label();
            problem.setStyle("-fx-text-fill: #d1453b; -fx-font-size: 11px;");
            problem.setManaged(false);
            problem.setVisible(false);
            validation.registerValidator(input, false, (Control control, Object value) ->
                    ValidationResult.fromErrorIf(control, field.label() + ": " + field.problem(text(value)),
                            field.problem(text(value)) != null));
            model.problemsProperty().addListener((obs, old, problems) -> explain(problems, field, problem));
            explain(model.problemsProperty().get(), field, problem);
            add(label, 0, row);
            add(field.isFolder() ? withBrowse(input, model, field) : input, 1, row);
            add(problem, 1, row + 1);
            row += 2;
        }
    }

    private static Control input(TrainViewModel model, TrainingField field) {
        if (field.isChoice()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(field.choices());
            box.valueProperty().bindBidirectional(model.field(field));
            return box;
        }
        TextField text = new TextField();
        text.textProperty().bindBidirectional(model.field(field));
        if (field.isFolder()) {
            text.setPromptText("bundled bge-small-en-v1.5");
        }
        return text;
    }

    private static HBox withBrowse(Control input, TrainViewModel model, TrainingField field) {
        Button browse = new Button("…");
        browse.setTooltip(new Tooltip("Choose an ONNX encoder folder (model.onnx + tokenizer.json)"));
        browse.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Encoder folder");
            File folder = chooser.showDialog(browse.getScene().getWindow());
            if (folder != null) {
                model.field(field).set(folder.getAbsolutePath());
            }
        });
        HBox.setHgrow(input, Priority.ALWAYS);
        return new HBox(4, input, browse);
    }

    /** Whether the form holds a wrong value now (as the validation marks show it). */
    boolean invalid() {
        return validation.isInvalid() == Boolean.TRUE;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void explain(Map<TrainingField, String> problems, TrainingField field, Label problem) {
        String text = problems.get(field);
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
        problem.setManaged(text != null);
    }
}
