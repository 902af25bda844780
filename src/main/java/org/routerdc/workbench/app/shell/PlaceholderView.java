package org.routerdc.workbench.app.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Says plainly what a view will hold once it is wired to the engine. */
public final class PlaceholderView implements WorkbenchView {
    private final VBox root;

    public PlaceholderView(String heading, String... plannedFeatures) {
        Label title = new Label(heading);
        title.getStyleClass().add("placeholder-title");
        Label note = new Label("Not available yet. This view will show:");
        note.getStyleClass().add("placeholder-note");
        VBox list = new VBox(6);
        for (String feature : plannedFeatures) {
            Label item = new Label("•  " + feature);
            item.setWrapText(true);
            list.getChildren().add(item);
        }
        list.setMaxWidth(640);
        root = new VBox(14, title, note, list);
        root.setAlignment(Pos.CENTER);
        root.setFillWidth(false);
        root.getStyleClass().add("placeholder-view");
    }

    @Override
    public Node root() {
        return root;
    }
}
