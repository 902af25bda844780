package org.routerdc.workbench.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.AppHarness;
import org.routerdc.workbench.app.OnFx;
import org.routerdc.workbench.app.shell.BackgroundTasks;
import org.routerdc.workbench.data.DataError;
import org.routerdc.workbench.data.LlmStatistics;
import org.routerdc.workbench.data.PriceTable;
import org.routerdc.workbench.route.Router;
import org.testfx.api.FxToolkit;

/** The price editor's model on the real data layer, with a loaded table that carries no costs of its own. */
class PricesViewModelTest {
    @TempDir
    Path dir;

    private final BackgroundTasks tasks = new BackgroundTasks();
    private DataViewModel data;
    private PricesViewModel prices;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private void loadCostlessTable() throws Exception {
        Path file = StrictLoadingTest.complete(dir); // LLMs a, b, c; no costs
        OnFx.run(() -> {
            data = new DataViewModel(TableLoader.ENGINE, tasks);
            prices = new PricesViewModel(data, new SimpleObjectProperty<Router>());
            data.load(List.of(file));
        });
        AppHarness.waitUntil(15, () -> !data.loadingProperty().get() && data.datasets().size() == 1);
    }

    private double meanCostInData(String llm) {
        return OnFx.get(() -> data.selectedProperty().get().summaryProperty().get().llms().stream()
                .filter(s -> s.llm().equals(llm)).mapToDouble(LlmStatistics::meanCost).findFirst().orElseThrow());
    }

    @Test
    void pricesApplyOnceEveryLlmHasOneAndFlowIntoTheDatasetsMeanCost() throws Exception {
        loadCostlessTable();
        assertThat(OnFx.get(() -> prices.rows().stream().map(LlmPrice::llm).toList())).containsExactly("a", "b", "c");
        assertThat(OnFx.get(() -> prices.setPrice("a", "0.5") && prices.setPrice("b", "2"))).isTrue();
        assertThat(OnFx.get(() -> data.pricesProperty().get())).isNull(); // c has none yet
        assertThat(meanCostInData("a")).isNaN();
        assertThat(OnFx.get(() -> prices.statusProperty().get())).startsWith("2 of 3 LLMs priced");

        assertThat(OnFx.get(() -> prices.setPrice("c", " 0.01 "))).isTrue();
        PriceTable table = OnFx.get(() -> data.pricesProperty().get());
        assertThat(table.prices()).containsExactly(java.util.Map.entry("a", 0.5), java.util.Map.entry("b", 2.0),
                java.util.Map.entry("c", 0.01));
        assertThat(meanCostInData("b")).isEqualTo(2.0);
        assertThat(OnFx.get(() -> prices.rows().get(1).meanCostProperty().get())).isEqualTo(2.0);
        assertThat(OnFx.get(() -> prices.rows().get(1).costSourceProperty().get())).isEqualTo("price");

        OnFx.run(() -> prices.setPrice("b", "3"));
        assertThat(meanCostInData("b")).isEqualTo(3.0);
    }

    @Test
    void badPricesAreLocatedProblemsAndChangeNothing() throws Exception {
        loadCostlessTable();
        OnFx.run(() -> List.of("a", "b", "c").forEach(llm -> prices.setPrice(llm, "1")));
        PriceTable before = OnFx.get(() -> data.pricesProperty().get());

        assertThat(OnFx.get(() -> prices.setPrice("a", "-2"))).isFalse();
        assertThat(OnFx.get(() -> prices.setPrice("b", "NaN"))).isFalse();
        assertThat(OnFx.get(() -> prices.setPrice("c", "cheap"))).isFalse();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"a\": 1,\n  \"zzz\": 2,\n  \"c\": -1\n}\n");
        assertThat(OnFx.get(() -> prices.load(bad))).isFalse();

        assertThat(OnFx.get(() -> data.pricesProperty().get())).isSameAs(before);
        assertThat(OnFx.get(() -> prices.rows().stream().map(r -> r.priceProperty().get()).toList())).containsExactly(1.0, 1.0, 1.0);
        assertThat(OnFx.get(() -> data.datasets().size())).isEqualTo(1);
        assertThat(OnFx.get(() -> data.errors().stream().map(DataError::describe).toList())).containsExactly(
                "prices: LLM 'a': cost is negative (-2)",
                "prices: LLM 'b': cost is not finite (NaN)",
                "prices: LLM 'c': cost must be a number, found 'cheap'",
                "bad.json:3: LLM 'zzz': unknown LLM (expected one of [a, b, c])",
                "bad.json:4: LLM 'c': cost is negative (-1)",
                "bad.json: LLM 'b' has no price (every LLM needs one)");
    }

    @Test
    void savedPricesAreWhatThePricesOptionReadsAndLoadBack() throws Exception {
        loadCostlessTable();
        Path file = dir.resolve("prices.json");
        assertThat(OnFx.get(() -> prices.save(file))).isFalse(); // no prices yet: each missing one listed
        assertThat(OnFx.get(() -> data.errors().size())).isEqualTo(3);
        OnFx.run(() -> {
            prices.setPrice("a", "0.001");
            prices.setPrice("b", "0.02");
            prices.setPrice("c", "0.3");
        });
        assertThat(OnFx.get(() -> prices.save(file))).isTrue();
        assertThat(PriceTable.read(file, List.of("a", "b", "c")).prices()).containsEntry("c", 0.3);

        OnFx.run(() -> prices.setPrice("c", "9"));
        assertThat(OnFx.get(() -> prices.load(file))).isTrue();
        assertThat(OnFx.get(() -> prices.rows().get(2).priceProperty().get())).isEqualTo(0.3);
        assertThat(meanCostInData("c")).isEqualTo(0.3);
    }

    @Test
    void pricesRememberedFromAnEarlierSessionFillTheLlmsThatHaveNone() throws Exception {
        Path file = StrictLoadingTest.complete(dir); // LLMs a, b, c; no costs
        OnFx.run(() -> {
            data = new DataViewModel(TableLoader.ENGINE, tasks);
            prices = new PricesViewModel(data, new SimpleObjectProperty<Router>());
            prices.restore(java.util.Map.of("a", 0.5, "b", 2.0, "c", 0.01, "gone", 7.0));
            data.load(List.of(file));
        });
        AppHarness.waitUntil(15, () -> !data.loadingProperty().get() && data.datasets().size() == 1);
        assertThat(OnFx.get(() -> prices.rows().stream().map(r -> r.priceProperty().get()).toList()))
                .containsExactly(0.5, 2.0, 0.01);
        assertThat(OnFx.get(() -> data.pricesProperty().get().prices())).containsEntry("b", 2.0).doesNotContainKey("gone");
        assertThat(meanCostInData("b")).isEqualTo(2.0);

        // a price the user enters wins over the remembered one
        OnFx.run(() -> prices.setPrice("b", "3"));
        OnFx.run(() -> prices.restore(java.util.Map.of("b", 2.0)));
        assertThat(meanCostInData("b")).isEqualTo(3.0);
    }
}
