package org.routerdc.workbench.app.embeddings;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * One toggle per category with its colour and point count. Switching a group off dims its points (they stay on the
 * map, faint, and stop answering hover) so the shape of the whole map is kept while one group is isolated.
 */
final class MapLegend extends VBox {
    private final BiConsumer<Integer, Boolean> onToggle;

    /** @param onToggle (category, visible) */
    MapLegend(BiConsumer<Integer, Boolean> onToggle) {
        this.onToggle = onToggle;
        getStyleClass().add("map-legend");
        setId("map-legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    void show(List<String> names, int[] category, int markerCount) {
        int[] counts = new int[names.size()];
        for (int c : category) {
            if (c >= 0 && c < counts.length) {
                counts[c]++;
            }
        }
        getChildren().clear();
        if (names.isEmpty()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        Label title = new Label("Groups (click to dim)");
        title.getStyleClass().add("map-status");
        getChildren().add(title);
        for (int c = 0; c < names.size(); c++) {
            int index = c;
            ToggleButton toggle = new ToggleButton(String.format("%s  (%,d)", names.get(c), counts[c]),
                    new Circle(5, Palette.colour(c)));
            toggle.setId("legend-" + c);
            toggle.setSelected(true);
            toggle.selectedProperty().addListener((obs, was, visible) -> {
                toggle.getStyleClass().remove("group-hidden");
                if (!visible) {
                    toggle.getStyleClass().add("group-hidden");
                }
                onToggle.accept(index, visible);
            });
            getChildren().add(toggle);
        }
        if (markerCount > 0) {
            Label markers = new Label("■  LLM (numbered, labelled)");
            markers.getStyleClass().add("map-status");
            getChildren().add(markers);
        }
    }
}
