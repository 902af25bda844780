package org.routerdc.workbench.app.shell;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.controlsfx.control.NotificationPane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads and restores the parts of the layout a user drags: split-pane dividers and table column widths, keyed by the
 * node's id ({@code split:<id>}, {@code columns:<id>}). Nodes without an id are not remembered. Walks views whose
 * tabs were never shown too (through tab, split-pane and scroll-pane content, not only laid-out children).
 */
public final class LayoutMemory {
    private LayoutMemory() {
    }

    public static Map<String, List<Double>> capture(Node root) {
        Map<String, List<Double>> layout = new LinkedHashMap<>();
        walk(root, node -> {
            if (node.getId() == null) {
                return;
            }
            if (node instanceof SplitPane split) {
                List<Double> positions = new ArrayList<>();
                for (double position : split.getDividerPositions()) {
                    positions.add(position);
                }
                layout.put("split:" + node.getId(), positions);
            } else if (node instanceof TableView<?> table) {
                layout.put("columns:" + node.getId(), table.getColumns().stream().map(TableColumn::getWidth).toList());
            }
        });
        return layout;
    }

    /** Applies what {@link #capture} saved; an entry that no longer fits the node (other column count) is skipped. */
    public static void restore(Node root, Map<String, List<Double>> layout) {
        walk(root, node -> {
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
                if (widths != null && widths.size() == table.getColumns().size()) {
                    for (int i = 0; i < widths.size(); i++) {
                        table.getColumns().get(i).setPrefWidth(widths.get(i));
                    }
                }
            }
        });
    }

    private static void walk(Node node, Consumer<Node> visit) {
        if (node == null) {
            return;
        }
        visit.accept(node);
        switch (node) {
            case SplitPane split -> split.getItems().forEach(item -> walk(item, visit));
            case ScrollPane scroll -> walk(scroll.getContent(), visit);
            case TitledPane titled -> walk(titled.getContent(), visit);
            case TabPane tabs -> tabs.getTabs().stream().map(Tab::getContent).forEach(content -> walk(content, visit));
            case NotificationPane notification -> walk(notification.getContent(), visit);
            case javafx.scene.control.Control control -> { } // other controls: their parts are not the user's layout
            case Parent parent -> parent.getChildrenUnmodifiable().forEach(child -> walk(child, visit));
            default -> { }
        }
    }
}
