package org.routerdc.workbench.app.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The bold title above a panel; its height is pinned so a crowded layout cannot squeeze it away. */
public final class PanelHeading {
    private PanelHeading() {
    }

    public static Label of(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-heading");
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
