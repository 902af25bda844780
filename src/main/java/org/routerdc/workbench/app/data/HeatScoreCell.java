package org.routerdc.workbench.app.data;

import javafx.geometry.Insets;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import org.routerdc.workbench.data.QueryRow;

import java.util.Locale;

/**
 * One LLM's score, on a red-yellow-green ramp by value 0..1. Backgrounds and the labels of scores in 0..1 (three decimals)
 * are made once and shared by every cell, so scrolling 100k rows makes no garbage beyond what TableView does.
 */
final class HeatScoreCell extends TableCell<QueryRow, QueryRow> {
    private static final int STEPS = 100;
    private static final Background[] RAMP = new Background[STEPS + 1];
    private static final int LABEL_STEPS = 1000;
    private static final String[] LABELS = new String[LABEL_STEPS + 1];

    static {
        for (int step = 0; step <= STEPS; step++) {
            RAMP[step] = new Background(new BackgroundFill(HeatRamp.colour(step / (double) STEPS), CornerRadii.EMPTY, new Insets(1)));
        }
        for (int step = 0; step <= LABEL_STEPS; step++) {
            LABELS[step] = String.format(Locale.ROOT, "%.3f", step / (double) LABEL_STEPS);
        }
    }

    private final int llm;

    HeatScoreCell(int llm) {
        this.llm = llm;
        getStyleClass().add("heat-cell");
    }

    @Override
    protected void updateItem(QueryRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null || llm >= row.scores().length) {
            setText(null);
            setBackground(null);
            return;
        }
        double score = row.scores()[llm];
        if (Double.isNaN(score)) {
            setText("—"); // a hole: this LLM has no score on the row
            setBackground(null);
            return;
        }
        int step = (int) Math.round(Math.clamp(score, 0, 1) * STEPS);
        boolean inRange = score >= 0 && score <= 1;
        setText(inRange ? LABELS[(int) Math.round(score * LABEL_STEPS)] : String.format(Locale.ROOT, "%.3f", score));
        setBackground(RAMP[step]);
    }
}
