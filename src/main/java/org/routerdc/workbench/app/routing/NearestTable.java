package org.routerdc.workbench.app.routing;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.routerdc.workbench.route.NearQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The training queries nearest to the routed one: similarity, dataset, text and every LLM's score on it. */
final class NearestTable extends TableView<NearQuery> {
    NearestTable(ObservableList<NearQuery> nearest, ObservableList<String> llms) {
        setId("nearest-table");
        setItems(nearest);
        setPlaceholder(new Label("Type a query to see the training queries closest to it."));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        llms.addListener((ListChangeListener<String>) change -> columns(llms));
        columns(llms);
    }

    private void columns(List<String> llms) {
        List<TableColumn<NearQuery, String>> columns = new ArrayList<>();
        TableColumn<NearQuery, String> similarity = column("Similarity", 72, q -> String.format(Locale.ROOT, "%.3f", q.similarity()), true);
        similarity.setMinWidth(72);
        TableColumn<NearQuery, String> dataset = column("Dataset", 100, NearQuery::dataset, false);
        dataset.setMinWidth(90);
        columns.add(similarity);
        columns.add(dataset);
        for (int i = 0; i < llms.size(); i++) {
            int llm = i;
            TableColumn<NearQuery, String> score = column(shortName(llms.get(i)), 92, q -> llm < q.scores().length && !Double.isNaN(q.scores()[llm])
                    ? String.format(Locale.ROOT, "%.2f", q.scores()[llm]) : "", true);
            score.setMinWidth(76);
            score.setPrefWidth(78);
            Label header = new Label(shortName(llms.get(i)).replaceFirst("-", "\n"));
            header.setStyle("-fx-text-alignment: center;");
            header.setTooltip(new javafx.scene.control.Tooltip(llms.get(i) + ": its score on the training query"));
            score.setText("");
            score.setGraphic(header);
            columns.add(score);
        }
        TableColumn<NearQuery, String> query = column("Query", 360, NearQuery::text, false);
        query.setMinWidth(220);
        query.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                if (empty || text == null) {
                    setTooltip(null);
                } else {
                    javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(text);
                    tip.setWrapText(true);
                    tip.setMaxWidth(520);
                    setTooltip(tip);
                }
            }
        });
        columns.add(query);
        getColumns().setAll(columns);
    }

    private static TableColumn<NearQuery, String> column(String title, double width,
                                                         java.util.function.Function<NearQuery, String> value, boolean number) {
        TableColumn<NearQuery, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (number) {
            column.getStyleClass().add("number-column");
        }
        return column;
    }

    /** "meta/llama-3-8b-instruct" → "llama-3-8b": no organisation, no -instruct/-chat suffix, to fit a column. */
    static String shortName(String llm) {
        int slash = llm.lastIndexOf('/');
        String name = slash < 0 ? llm : llm.substring(slash + 1);
        return name.replaceFirst("(?i)-(instruct|chat|it)$", "");
    }
}
