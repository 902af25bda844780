package org.routerdc.workbench.app;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.routerdc.workbench.app.data.DatasetRole;
import org.routerdc.workbench.app.data.LoadedDataset;
import org.routerdc.workbench.data.ScoreTable;

/**
 * Mirrors the Data view's loaded datasets into the context's lists of score tables, training and test by their role
 * (the Train view reads the first, the Evaluate view the second), including metric and role changes, so those views
 * need not know the Data view. FX thread only.
 */
final class DatasetSync {
    private DatasetSync() {
    }

    static void mirror(ObservableList<LoadedDataset> loaded, ObservableList<ScoreTable> training,
                       ObservableList<ScoreTable> test) {
        Runnable copy = () -> {
            training.setAll(tables(loaded, DatasetRole.TRAINING));
            test.setAll(tables(loaded, DatasetRole.TEST));
        };
        ChangeListener<Object> changed = (obs, old, value) -> copy.run();
        loaded.forEach(d -> listen(d, changed));
        loaded.addListener((ListChangeListener<LoadedDataset>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(d -> {
                    d.tableProperty().removeListener(changed);
                    d.roleProperty().removeListener(changed);
                });
                change.getAddedSubList().forEach(d -> listen(d, changed));
            }
            copy.run();
        });
        copy.run();
    }

    private static void listen(LoadedDataset dataset, ChangeListener<Object> changed) {
        dataset.tableProperty().addListener(changed);
        dataset.roleProperty().addListener(changed);
    }

    private static java.util.List<ScoreTable> tables(ObservableList<LoadedDataset> loaded, DatasetRole role) {
        return loaded.stream().filter(d -> d.roleProperty().get() == role).map(LoadedDataset::table).toList();
    }
}
