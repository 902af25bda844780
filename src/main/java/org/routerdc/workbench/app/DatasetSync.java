package org.routerdc.workbench.app;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.routerdc.workbench.app.data.LoadedDataset;
import org.routerdc.workbench.data.ScoreTable;

/**
 * Mirrors the Data view's loaded datasets into the context's list of score tables (the Train, Embeddings and Route
 * views read that), including metric changes, so those views need not know the Data view. FX thread only.
 */
final class DatasetSync {
    private DatasetSync() {
    }

    static void mirror(ObservableList<LoadedDataset> loaded, ObservableList<ScoreTable> tables) {
        ChangeListener<ScoreTable> tableChanged = (obs, old, table) -> copy(loaded, tables);
        loaded.forEach(d -> d.tableProperty().addListener(tableChanged));
        loaded.addListener((ListChangeListener<LoadedDataset>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(d -> d.tableProperty().removeListener(tableChanged));
                change.getAddedSubList().forEach(d -> d.tableProperty().addListener(tableChanged));
            }
            copy(loaded, tables);
        });
        copy(loaded, tables);
    }

    private static void copy(ObservableList<LoadedDataset> loaded, ObservableList<ScoreTable> tables) {
        tables.setAll(loaded.stream().map(LoadedDataset::table).toList());
    }
}
