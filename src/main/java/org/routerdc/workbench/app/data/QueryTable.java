package org.routerdc.workbench.app.data;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.routerdc.workbench.data.QueryRow;

import java.util.List;

/** The virtualised table of queries: id, task, cluster, text, then one heat-coloured column per LLM. */
final class QueryTable extends TableView<QueryRow> {
    private List<String> shownLlms = List.of();

    QueryTable() {
        setId("query-table");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("Open score tables with File ▸ Open data… (Ctrl+O) or drop them on the window."));
        setFixedCellSize(26);
    }

    /** Rebuilds the columns when the LLM set changes (not on every selection). */
    void showLlms(List<String> llms) {
        if (llms.equals(shownLlms) && !getColumns().isEmpty()) {
            return;
        }
        shownLlms = List.copyOf(llms);
        getColumns().setAll(List.of(
                textColumn("ID", 90, QueryRow::id),
                textColumn("Task", 90, QueryRow::task),
                clusterColumn(),
                textColumn("Query", 420, QueryRow::text)));
        for (int llm = 0; llm < llms.size(); llm++) {
            getColumns().add(scoreColumn(llms.get(llm), llm));
        }
    }

    private static TableColumn<QueryRow, String> textColumn(String title, double width,
                                                            java.util.function.Function<QueryRow, String> value) {
        TableColumn<QueryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static TableColumn<QueryRow, Number> clusterColumn() {
        TableColumn<QueryRow, Number> column = new TableColumn<>("Cluster");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().hasCluster() ? cell.getValue().clusterId() : null));
        column.setPrefWidth(64);
        column.setSortable(false);
        column.getStyleClass().add("number-column");
        return column;
    }

    private static TableColumn<QueryRow, QueryRow> scoreColumn(String llm, int index) {
        TableColumn<QueryRow, QueryRow> column = new TableColumn<>();
        Label header = new Label(shortName(llm));
        header.setTooltip(new Tooltip(llm));
        column.setGraphic(header);
        column.setId("llm-column-" + index);
        column.setUserData(llm);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> new HeatScoreCell(index));
        column.setPrefWidth(Math.max(86, 7.2 * shortName(llm).length() + 18));
        column.setSortable(false);
        return column;
    }

    /** "meta-llama/Meta-Llama-3-8B" -> "Meta-Llama-3-8B". */
    static String shortName(String llm) {
        int slash = llm.lastIndexOf('/');
        return slash < 0 ? llm : llm.substring(slash + 1);
    }
}
