package org.routerdc.workbench.app.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.routerdc.workbench.data.DataError;
import org.routerdc.workbench.data.LlmStatistics;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.data.ScoreTableException;
import org.routerdc.workbench.data.TableStatistics;
import org.routerdc.workbench.route.Router;

/**
 * The price editor beside the Data view's statistics, without controls: each LLM's price per query (edited, or read
 * from a {@code {"<llm>": cost}} file as {@code --prices} reads it, and saved in that format) and its mean cost in the
 * selected dataset. Once every LLM has a price they become the Data view's {@link DataViewModel#pricesProperty price
 * table}. Bad input is listed in the Data view's problems and changes nothing. FX thread only.
 */
public final class PricesViewModel {
    private final DataViewModel data;
    private final ObservableValue<Router> router;
    private final ObservableList<LlmPrice> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private Path file; // where the prices were last read from or saved to
    private Map<String, Double> remembered = Map.of(); // prices from an earlier session, for LLMs without one now
    private boolean syncing;

    /** @param router the current router: its LLMs are priced while no dataset is loaded */
    public PricesViewModel(DataViewModel data, ObservableValue<Router> router) {
        this.data = data;
        this.router = router;
        InvalidationListener llmsChanged = obs -> rebuild();
        data.datasets().addListener(llmsChanged);
        router.addListener(llmsChanged);
        data.pricesProperty().addListener((obs, old, prices) -> {
            if (!syncing && prices != null) {
                rows.forEach(row -> row.priceProperty().set(prices.prices().get(row.llm())));
                file = prices.file() == null ? file : prices.file();
                refresh();
            }
        });
        InvalidationListener selectionChanged = obs -> refresh();
        data.selectedProperty().addListener((obs, old, dataset) -> {
            if (old != null) {
                old.summaryProperty().removeListener(selectionChanged);
            }
            if (dataset != null) {
                dataset.summaryProperty().addListener(selectionChanged);
            }
            refresh();
        });
        rebuild();
    }

    /** The LLMs to price: the loaded datasets' (they all have the same), else the current router's. */
    public List<String> llms() {
        if (!data.datasets().isEmpty()) {
            return data.datasets().getFirst().table().llms();
        }
        Router current = router.getValue();
        return current == null ? List.of() : current.bundle().router().llms();
    }

    /**
     * Sets one LLM's price from what the user typed (blank removes it). A number that is not a finite cost &gt;= 0 is
     * listed as a problem and the price stays as it was; returns whether it was taken.
     */
    public boolean setPrice(String llm, String typed) {
        LlmPrice row = rows.stream().filter(r -> r.llm().equals(llm)).findFirst().orElse(null);
        String text = typed == null ? "" : typed.strip();
        if (row == null) {
            data.errors().add(problem("LLM '" + llm + "': unknown LLM (expected one of " + llms() + ")"));
            return false;
        }
        Double price = null;
        if (!text.isEmpty()) {
            String problem;
            try {
                price = Double.parseDouble(text);
                problem = PriceTable.costProblem(price, text);
            } catch (NumberFormatException e) {
                problem = "cost must be a number, found '" + text + "'";
            }
            if (problem != null) {
                data.errors().add(problem("LLM '" + llm + "': " + problem));
                return false;
            }
        }
        row.priceProperty().set(price);
        publish();
        return true;
    }

    /**
     * Prices remembered from an earlier session: every LLM without a price now, and each one that appears later,
     * takes its remembered price (LLMs are matched by name).
     */
    public void restore(Map<String, Double> prices) {
        remembered = Map.copyOf(prices);
        boolean changed = false;
        for (LlmPrice row : rows) {
            if (row.priceProperty().get() == null && remembered.containsKey(row.llm())) {
                row.priceProperty().set(remembered.get(row.llm()));
                changed = true;
            }
        }
        if (changed) {
            publish();
        }
    }

    /** Reads a price file for the current LLMs; its problems are listed and nothing changes when it has any. */
    public boolean load(Path source) {
        try {
            PriceTable read = PriceTable.read(source, llms());
            file = source;
            data.pricesProperty().set(read);
            status.set("Prices from " + source.getFileName());
            return true;
        } catch (ScoreTableException e) {
            data.errors().addAll(e.errors());
        } catch (IOException e) {
            data.errors().add(new DataError(source, 0, null, "cannot read: " + e.getMessage()));
        }
        return false;
    }

    /** Writes the prices as {@code {"<llm>": cost}}; false (with the problems listed) when some LLM has none. */
    public boolean save(Path target) throws IOException {
        try {
            PriceTable.of(target, entered(), llms()).write(target);
        } catch (ScoreTableException e) {
            data.errors().addAll(e.errors());
            return false;
        }
        file = target;
        status.set("Prices saved to " + target.getFileName());
        return true;
    }

    private Map<String, Double> entered() {
        Map<String, Double> prices = new LinkedHashMap<>();
        rows.forEach(row -> prices.put(row.llm(), row.priceProperty().get()));
        return prices;
    }

    /** The edited prices become the price table once complete; while some LLM lacks one there is none. */
    private void publish() {
        PriceTable table;
        try {
            table = PriceTable.of(file, entered(), llms());
        } catch (ScoreTableException e) {
            table = null;
        }
        syncing = true;
        try {
            data.pricesProperty().set(table);
        } finally {
            syncing = false;
        }
        refresh();
    }

    /** Rows for the current LLMs, keeping the prices of those that stay. */
    private void rebuild() {
        List<String> llms = llms();
        if (rows.stream().map(LlmPrice::llm).toList().equals(llms)) {
            return;
        }
        Map<String, Double> kept = entered();
        PriceTable current = data.pricesProperty().get();
        rows.setAll(llms.stream().map(llm -> {
            LlmPrice row = new LlmPrice(llm);
            Double price = kept.get(llm);
            if (price == null && current != null) {
                price = current.prices().get(llm);
            }
            row.priceProperty().set(price == null ? remembered.get(llm) : price);
            return row;
        }).toList());
        if (!rows.isEmpty()) {
            publish();
        } else {
            refresh();
        }
    }

    /** Each row's mean cost in the selected dataset, and the status line. */
    private void refresh() {
        LoadedDataset selected = data.selectedProperty().get();
        TableStatistics summary = selected == null ? null : selected.summaryProperty().get();
        boolean own = selected != null && selected.table().hasCosts();
        for (LlmPrice row : rows) {
            LlmStatistics llm = summary == null ? null
                    : summary.llms().stream().filter(s -> s.llm().equals(row.llm())).findFirst().orElse(null);
            double cost = llm == null ? Double.NaN : llm.meanCost();
            row.meanCostProperty().set(cost);
            row.costSourceProperty().set(Double.isNaN(cost) ? "" : own ? "data" : "price");
        }
        long priced = rows.stream().filter(r -> r.priceProperty().get() != null).count();
        status.set(rows.isEmpty() ? "Load a dataset or open a router to price its LLMs."
                : priced == rows.size() ? String.format(Locale.ROOT, "Every LLM priced%s; tables with costs of their own keep them.",
                file == null ? "" : " (" + file.getFileName() + ")")
                : String.format(Locale.ROOT, "%d of %d LLMs priced: prices apply once every LLM has one.", priced, rows.size()));
    }

    private DataError problem(String message) {
        return new DataError(file == null ? Path.of("prices") : file, 0, null, message);
    }

    public ObservableList<LlmPrice> rows() {
        return rows;
    }

    /** What the prices are and where they came from. */
    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<PriceTable> pricesProperty() {
        return data.pricesProperty();
    }
}
