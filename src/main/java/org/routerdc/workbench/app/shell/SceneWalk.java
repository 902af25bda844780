package org.routerdc.workbench.app.shell;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import org.controlsfx.control.NotificationPane;

import java.util.function.Consumer;

/**
 * Visits every node of a view, including those inside controls that hold content (tabs, split panes, scroll and
 * titled panes) whether or not they were ever shown; other controls are visited but not entered.
 */
public final class SceneWalk {
    private SceneWalk() {
    }

    public static void each(Node node, Consumer<Node> visit) {
        if (node == null) {
            return;
        }
        visit.accept(node);
        switch (node) {
            case SplitPane split -> split.getItems().forEach(item -> each(item, visit));
            case ScrollPane scroll -> each(scroll.getContent(), visit);
            case TitledPane titled -> each(titled.getContent(), visit);
            case TabPane tabs -> tabs.getTabs().stream().map(Tab::getContent).forEach(content -> each(content, visit));
            case NotificationPane notification -> each(notification.getContent(), visit);
            case Control control -> { } // its parts are the control's own
            case Parent parent -> parent.getChildrenUnmodifiable().forEach(child -> each(child, visit));
            default -> { }
        }
    }
}
