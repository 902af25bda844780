package org.routerdc.workbench.app.embeddings;

import javafx.scene.control.Label;

import java.util.Locale;

/** The hover card: the query's text, its group and its score for each LLM, placed beside the cursor. */
final class MapHoverCard extends Label {
    private static final int MAX_TEXT = 220;

    MapHoverCard() {
        setManaged(false);
        setVisible(false);
        setWrapText(true);
        setMaxWidth(380);
        setMouseTransparent(true);
        setId("map-hover");
        getStyleClass().add("map-tooltip");
    }

    void show(MapModel model, int index, double x, double y, double width, double height) {
        setText(describe(model, index));
        setVisible(true);
        applyCss();
        double cardWidth = Math.min(380, prefWidth(-1));
        double cardHeight = prefHeight(cardWidth);
        resize(cardWidth, cardHeight);
        double left = x + 16 + cardWidth > width ? x - 16 - cardWidth : x + 16;
        double top = Math.min(Math.max(4, y + 12), Math.max(4, height - cardHeight - 4));
        relocate(Math.max(4, left), top);
        toFront();
    }

    void hide() {
        setVisible(false);
    }

    static String describe(MapModel model, int index) {
        StringBuilder text = new StringBuilder();
        String query = model.texts() == null ? null : model.texts()[index];
        if (query != null) {
            text.append(query.length() > MAX_TEXT ? query.substring(0, MAX_TEXT) + "…" : query).append('\n');
        }
        int group = model.category()[index];
        if (group >= 0 && group < model.categoryNames().size()) {
            text.append("group: ").append(model.categoryNames().get(group)).append('\n');
        }
        if (model.scores() != null) {
            double[] scores = model.scores()[index];
            for (int llm = 0; llm < scores.length && llm < model.llms().size(); llm++) {
                text.append(String.format(Locale.ROOT, "%-28s %.2f%n", shortName(model.llms().get(llm)), scores[llm]));
            }
        }
        return text.toString().strip();
    }

    private static String shortName(String llm) {
        int slash = llm.lastIndexOf('/');
        return slash < 0 ? llm : llm.substring(slash + 1);
    }
}
