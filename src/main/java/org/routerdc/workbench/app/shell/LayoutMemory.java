package org.routerdc.workbench.app.shell;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and restores the parts of the layout a user drags: split-pane dividers and table column widths, keyed by the
 * node's id ({@code split:<id>}, {@code columns:<id>}). Nodes without an id are not remembered. Views whose tabs
 * were never shown count too (see {@link SceneWalk}).
 */
public final class LayoutMemory {
    private LayoutMemory() {
    }

    public static Map<String, List<Double>> capture(Node root) {
        Map<String, List<Double>> layout = new LinkedHashMap<>();
        SceneWalk.each(root, node -> {
            if (node.getId() == null) {
                return;
            }
            if (node instanceof SplitPane split) {
                List<Double> positions = new ArrayList<>();
                for (double position : split.getDividerPositions()) {
                    positions.add(position);
                }
                layout.put("split:" + node.getId(), positions);
            } else if (node instanceof TableView<?> table && !table.getColumns().isEmpty()) {
                layout.put("columns:" + node.getId(), table.getColumns().stream().map(TableColumn::getWidth).toList());
            }
        });
        return layout;
    }

    /**
     * Applies what {@link #capture} saved. A table whose columns come later (built for the data it shows) gets its
     * widths when it has as many columns as were saved; an entry that does not fit (other column count) is skipped.
     */
    public static void restore(Node root, Map<String, List<Double>> layout) {
        SceneWalk.each(root, node -> {
            if (node.getId() == null) {
                return;
            }
            if (node instanceof SplitPane split) {
                List<Double> positions = layout.get("split:" + node.getId());
                if (positions != null && positions.size() == split.getDividers().size()) {
                    split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
                }
            } else if (node instanceof TableView<?> table) {
                List<Double> widths = layout.get("columns:" + node.getId());
                if (widths != null) {
                    applyWidths(table, widths);
                    table.getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) change -> applyWidths(table, widths));
                }
            }
        });
    }

    private static void applyWidths(TableView<?> table, List<Double> widths) {
        if (widths.size() == table.getColumns().size()) {
            for (int i = 0; i < widths.size(); i++) {
                table.getColumns().get(i).setPrefWidth(widths.get(i));
            }
        }
    }
}
