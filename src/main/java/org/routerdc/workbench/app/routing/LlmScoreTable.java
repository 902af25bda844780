package org.routerdc.workbench.app.routing;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.routerdc.workbench.route.RankedLlm;

import java.util.List;
import java.util.Locale;

/** Every LLM's router score cos/τ, probability and expected score for the routed query, best first. */
final class LlmScoreTable extends TableView<RankedLlm> {
    LlmScoreTable(ObservableList<RankedLlm> ranked) {
        setId("score-table");
        setItems(ranked);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label(""));
        TableColumn<RankedLlm, String> llm = new TableColumn<>("LLM");
        llm.setPrefWidth(170);
        llm.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().llm()));
        TableColumn<RankedLlm, String> score = new TableColumn<>("cos/τ");
        score.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%.4f", cell.getValue().score())));
        score.getStyleClass().add("number-column");
        TableColumn<RankedLlm, String> probability = new TableColumn<>("Prob.");
        probability.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                String.format(Locale.ROOT, "%.1f %%", 100 * cell.getValue().probability())));
        probability.getStyleClass().add("number-column");
        TableColumn<RankedLlm, String> expected = new TableColumn<>("Expected");
        expected.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Double.isNaN(cell.getValue().expected()) ? "–"
                : String.format(Locale.ROOT, "%.3f", cell.getValue().expected())));
        expected.getStyleClass().add("number-column");
        getColumns().setAll(List.of(llm, score, probability, expected));
    }
}
