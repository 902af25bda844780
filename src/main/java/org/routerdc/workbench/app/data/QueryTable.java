package org.routerdc.workbench.app.data;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;

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

    /** Shows {@code table}'s columns: Task and Cluster only when some row has them; LLM columns rebuilt on change. */
    void showColumnsOf(ScoreTable table) {
        List<String> llms = table.llms();
        if (!llms.equals(shownLlms) || getColumns().isEmpty()) {
            shownLlms = List.copyOf(llms);
            getColumns().setAll(List.of(
                    textColumn("ID", 104, QueryRow::id),
                    textColumn("Task", 80, QueryRow::task),
                    clusterColumn(),
                    textColumn("Query", 250, row -> oneLine(row.text()))));
            for (int llm = 0; llm < llms.size(); llm++) {
                getColumns().add(scoreColumn(llms.get(llm), llm));
            }
        }
        getColumns().get(1).setVisible(table.rows().stream().anyMatch(row -> row.task() != null));
        getColumns().get(2).setVisible(table.rows().stream().anyMatch(QueryRow::hasCluster));
    }

    /** Multi-line queries (choices on their own lines) shown on one line with a visible break mark. */
    static String oneLine(String text) {
        return text == null || text.indexOf('\n') < 0 ? text : text.strip().replace("\r", "").replace("\n", " ⏎ ");
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
        Label header = new Label(headerText(shortName(llm)));
        header.setTooltip(new Tooltip(llm));
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        column.setGraphic(header);
        column.setId("llm-column-" + index);
        column.setUserData(llm);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> new HeatScoreCell(index));
        column.setPrefWidth(84);
        column.setSortable(false);
        return column;
    }

    /** Breaks a long LLM name after '-', '_' or '.' into lines of about 10 characters, so columns stay narrow. */
    static String headerText(String name) {
        StringBuilder text = new StringBuilder();
        int lineStart = 0;
        int lastBreak = -1;
        for (int i = 0; i < name.length(); i++) {
            text.append(name.charAt(i));
            if ("-_.".indexOf(name.charAt(i)) >= 0) {
                lastBreak = text.length();
            }
            if (text.length() - lineStart > 10 && lastBreak > lineStart) {
                text.insert(lastBreak, '\n');
                lineStart = lastBreak + 1;
            }
        }
        return text.toString();
    }

    /** "meta-llama/Meta-Llama-3-8B" -> "Meta-Llama-3-8B". */
    static String shortName(String llm) {
        int slash = llm.lastIndexOf('/');
        return slash < 0 ? llm : llm.substring(slash + 1);
    }
}
