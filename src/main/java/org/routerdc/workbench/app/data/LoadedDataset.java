package org.routerdc.workbench.app.data;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.data.TableStatistics;

/**
 * One dataset in the Data view: its table (the metric can be changed), its role and its statistics, which follow it
 * and the user's prices (for a table without costs).
 */
public final class LoadedDataset {
    private final ObjectProperty<ScoreTable> table;
    private final ObjectProperty<Metric> metric;
    private final ObjectBinding<TableStatistics> summary;
    private final ObjectProperty<DatasetRole> role;

    public LoadedDataset(ScoreTable table) {
        this(table, new SimpleObjectProperty<>());
    }

    /** @param prices the user's price table: the costs of a table that carries none (its own costs win) */
    public LoadedDataset(ScoreTable table, ObservableValue<PriceTable> prices) {
        this.table = new SimpleObjectProperty<>(table);
        this.metric = new SimpleObjectProperty<>(table.metric());
        metric.addListener((obs, old, value) -> {
            if (value != null && value != this.table.get().metric()) {
                this.table.set(this.table.get().withMetric(value));
            }
        });
        this.summary = Bindings.createObjectBinding(() -> TableStatistics.of(priced(this.table.get(), prices.getValue())),
                this.table, prices);
        this.role = new SimpleObjectProperty<>(DatasetRole.byName(table.name()));
    }

    /** The table with the prices' costs when it has none of its own and they price all its LLMs. */
    static ScoreTable priced(ScoreTable table, PriceTable prices) {
        return table.hasCosts() || prices == null || !prices.prices().keySet().containsAll(table.llms()) ? table
                : prices.fill(table);
    }

    /** Training or test; the default comes from the name, the user can switch it. */
    public ObjectProperty<DatasetRole> roleProperty() {
        return role;
    }

    public ReadOnlyObjectProperty<ScoreTable> tableProperty() {
        return table;
    }

    public ScoreTable table() {
        return table.get();
    }

    /** Editable: setting it re-counts the summary under the new metric. */
    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    public ObjectBinding<TableStatistics> summaryProperty() {
        return summary;
    }

    public String name() {
        return table.get().name();
    }

    @Override
    public String toString() {
        return name();
    }
}
