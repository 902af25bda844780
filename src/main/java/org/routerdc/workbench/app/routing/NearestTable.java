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
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        llms.addListener((ListChangeListener<String>) change -> columns(llms));
        columns(llms);
    }

    private void columns(List<String> llms) {
        List<TableColumn<NearQuery, String>> columns = new ArrayList<>();
        columns.add(column("Similarity", 80, q -> String.format(Locale.ROOT, "%.3f", q.similarity()), true));
        columns.add(column("Dataset", 110, NearQuery::dataset, false));
        columns.add(column("Query", 420, NearQuery::text, false));
        for (int i = 0; i < llms.size(); i++) {
            int llm = i;
            columns.add(column(shortName(llms.get(i)), 92, q -> llm < q.scores().length
                    ? String.format(Locale.ROOT, "%.2f", q.scores()[llm]) : "", true));
        }
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

    static String shortName(String llm) {
        int slash = llm.lastIndexOf('/');
        return slash < 0 ? llm : llm.substring(slash + 1);
    }
}
