package org.routerdc.workbench.app.data;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.util.Duration;
import org.routerdc.workbench.app.shell.BackgroundTasks;
import org.routerdc.workbench.data.DataError;
import org.routerdc.workbench.data.DataSource;
import org.routerdc.workbench.data.LlmOrder;
import org.routerdc.workbench.data.LoadResult;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * State and commands of the Data view, without controls. Loading adds to what is loaded (a file loaded again
 * replaces its earlier copy); removing is explicit. FX thread only.
 */
public final class DataViewModel {
    private static final Duration FILTER_DELAY = Duration.millis(200);

    private final TableLoader loader;
    private final BackgroundTasks tasks;
    private final ObservableList<LoadedDataset> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<LoadedDataset> selected = new SimpleObjectProperty<>();
    private final ObservableList<DataError> errors = FXCollections.observableArrayList();
    private final ObservableList<QueryRow> selectedRows = FXCollections.observableArrayList();
    private final FilteredList<QueryRow> visibleRows = new FilteredList<>(selectedRows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty strict = new SimpleBooleanProperty();
    private final ObjectProperty<PriceTable> prices = new SimpleObjectProperty<>();
    private final PauseTransition filterDelay = new PauseTransition(FILTER_DELAY);
    private final ObjectProperty<Removal> lastRemoved = new SimpleObjectProperty<>();
    private int activeLoads;

    public DataViewModel(TableLoader loader, BackgroundTasks tasks) {
        this.loader = loader;
        this.tasks = tasks;
        selected.addListener((obs, old, dataset) -> selectedRows.setAll(dataset == null ? List.of() : dataset.table().rows()));
        filterDelay.setOnFinished(event -> applyFilter());
        filter.addListener((obs, old, text) -> filterDelay.playFromStart());
    }

    /**
     * Reads {@code files} in the background; valid tables are added, errors listed (in strict mode a table with holes
     * is an error). Returns the running task.
     */
    public Task<LoadResult> load(List<Path> files) {
        boolean refuseHoles = strict.get();
        Task<LoadResult> task = new Task<>() {
            {
                updateTitle("Loading " + (files.size() == 1 ? files.getFirst().getFileName() : files.size() + " files"));
            }

            @Override
            protected LoadResult call() {
                updateProgress(-1, 1);
                LoadResult outcome = loader.load(files.stream().map(file -> new DataSource(file, null)).toList(), refuseHoles);
                updateProgress(1, 1);
                return outcome;
            }
        };
        task.setOnSucceeded(event -> accept(task.getValue()));
        task.setOnFailed(event -> errors.add(new DataError(null, 0, null,
                "loading failed: " + Objects.toString(task.getException().getMessage(), task.getException().toString()))));
        activeLoads++;
        loading.set(true);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                loading.set(--activeLoads > 0);
            }
        });
        return tasks.submit(task);
    }

    /**
     * Adds the outcome of a load (FX thread). Every loaded dataset must have the same LLMs as those already loaded
     * (they are trained on together): other LLM sets are reported as errors, another order is re-ordered.
     */
    public void accept(LoadResult outcome) {
        errors.addAll(outcome.errors());
        errors.addAll(outcome.warnings()); // holes: loaded, but the user should see where
        LoadedDataset last = null;
        for (ScoreTable loaded : outcome.tables()) {
            ScoreTable table = loaded;
            if (!datasets.isEmpty()) {
                ScoreTable reference = datasets.getFirst().table();
                Optional<String> mismatch = LlmOrder.mismatch(reference, table);
                if (mismatch.isPresent()) {
                    errors.add(new DataError(table.source(), 0, "scores", mismatch.get()));
                    continue;
                }
                table = LlmOrder.reorder(table, reference.llms());
            }
            Path source = table.source();
            datasets.removeIf(existing -> source != null && source.equals(existing.table().source()));
            last = new LoadedDataset(table, prices);
            datasets.add(last);
        }
        if (last != null) {
            selected.set(last);
        }
    }

    /** Removes {@code dataset}; {@link #undoRemove} puts it back, with the metric the user chose. */
    public void remove(LoadedDataset dataset) {
        int index = datasets.indexOf(dataset);
        if (index < 0) {
            return;
        }
        datasets.remove(dataset);
        lastRemoved.set(new Removal(dataset, index));
        if (selected.get() == dataset) {
            selected.set(datasets.isEmpty() ? null : datasets.get(Math.min(index, datasets.size() - 1)));
        }
    }

    /** Puts the last removed dataset back where it was and selects it; false when there is nothing to undo. */
    public boolean undoRemove() {
        Removal removal = lastRemoved.get();
        if (removal == null) {
            return false;
        }
        lastRemoved.set(null);
        Path source = removal.dataset().table().source();
        if (source != null && datasets.stream().anyMatch(d -> source.equals(d.table().source()))) {
            return false; // loaded again since: that copy stays
        }
        datasets.add(Math.min(removal.index(), datasets.size()), removal.dataset());
        selected.set(removal.dataset());
        return true;
    }

    /** The last removal that can be undone, or null. */
    public ObjectProperty<Removal> lastRemovedProperty() {
        return lastRemoved;
    }

    /** A removed dataset and where it was in the list. */
    public record Removal(LoadedDataset dataset, int index) {
    }

    public void clearErrors() {
        errors.clear();
    }

    /** Applies the search text now instead of after the typing pause. */
    public void applyFilter() {
        filterDelay.stop();
        visibleRows.setPredicate(QueryFilter.matching(filter.get()));
    }

    public ObservableList<LoadedDataset> datasets() {
        return datasets;
    }

    public ObjectProperty<LoadedDataset> selectedProperty() {
        return selected;
    }

    public ObservableList<DataError> errors() {
        return errors;
    }

    /** Rows of the selected dataset that match the search text. */
    public ObservableList<QueryRow> visibleRows() {
        return visibleRows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /**
     * The user's price table, {@code {"<llm>": cost per query}}: the costs of tables that carry none, shown in the
     * statistics and used by Route and Evaluate (see {@link PricesViewModel}); null when there is none.
     */
    public ObjectProperty<PriceTable> pricesProperty() {
        return prices;
    }

    /** Refuse tables with holes on the next loads (the app remembers it in the settings). */
    public BooleanProperty strictProperty() {
        return strict;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** E.g. "showing 120 of 1,170 queries" */
    public StringBinding rowCountText() {
        return Bindings.createStringBinding(() -> selected.get() == null ? "No dataset selected"
                : String.format("showing %,d of %,d queries", visibleRows.size(), selectedRows.size()),
                visibleRows, selectedRows, selected);
    }

    /** All loaded tables, for the views that train or route on them. */
    public List<ScoreTable> tables() {
        return datasets.stream().map(LoadedDataset::table).toList();
    }
}
