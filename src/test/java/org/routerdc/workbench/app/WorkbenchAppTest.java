package org.routerdc.workbench.app;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.data.LoadedDataset;
import org.routerdc.workbench.app.settings.SettingsStore;
import org.routerdc.workbench.app.shell.ViewId;
import org.routerdc.workbench.data.DataError;
import org.routerdc.workbench.data.Metric;
import org.routerdc.workbench.data.QueryRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The real app, headless, on the real data layer: what a user sees after loading good and bad score tables. */
class WorkbenchAppTest {
    private static final Path SAMPLES = Path.of("sample-data/routerdc");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path configDir;
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;

    @BeforeAll
    static void useTemporaryConfig() {
        System.setProperty("routerdc.config.dir", configDir.toString());
        System.setProperty("routerdc.data.dir", configDir.resolve("data").toString());
    }

    @BeforeEach
    void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp::new);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void loadedTablesShowRowsLlmColumnsChartAndErrorsWhileTheGoodFilesStayLoaded() throws Exception {
        Path broken = brokenTable();
        load(List.of(SAMPLES.resolve("math_test.json"), broken, SAMPLES.resolve("science_test.json")), 2);

        TableView<LoadedDataset> datasets = robot.lookup("#dataset-list").queryTableView();
        assertThat(datasets.getItems()).extracting(LoadedDataset::name).containsExactly("math_test", "science_test");
        assertThat(visibleTexts("#dataset-list")).contains("math_test", "science_test", "25", "5");

        TableView<QueryRow> queries = robot.lookup("#query-table").queryTableView();
        assertThat(queries.getColumns().stream().map(c -> c.getUserData()).filter(u -> u != null))
                .containsExactly("mathstral-7b", "codellama-7b-instruct", "llama-3-8b-instruct",
                        "qwen2-7b-instruct", "tinyllama-1.1b-chat");
        assertThat(queries.getItems()).hasSize(25);
        String firstScience = Files.readAllLines(SAMPLES.resolve("science_test.json")).get(1);
        assertThat(visibleTexts("#query-table").stream().anyMatch(firstScience::contains)).isTrue();

        BarChart<String, Number> chart = robot.lookup("#summary-chart").query();
        List<String> bars = chart.getData().getFirst().getData().stream().map(XYChart.Data::getXValue).toList();
        assertThat(bars).hasSize(8).endsWith("Oracle", "Best single", "Random");
        assertThat(chart.getTitle()).isEqualTo("science_test (graded)");
        assertThat(robot.lookup("#summary-caption").queryAs(Label.class).getText()).startsWith("Oracle ");

        ListView<DataError> errors = robot.lookup("#load-errors").queryListView();
        assertThat(errors.getItems()).isNotEmpty().allSatisfy(e -> assertThat(e.file()).isEqualTo(broken));
        assertThat(visibleTexts("#load-errors")).anyMatch(t -> t.startsWith("broken.json:3: field 'scores.qwen2-7b-instruct':"));
        assertThat(robot.lookup("#load-errors-panel").queryAs(TitledPane.class).isExpanded()).isTrue();
        saveScreenshot("data-view-light.png");

        robot.clickOn("#data-remove");
        assertThat(datasets.getItems()).extracting(LoadedDataset::name).containsExactly("math_test");
        assertThat(chart.getTitle()).isEqualTo("math_test (graded)");
    }

    @Test
    void theStrictSettingRefusesATableWithHolesAsALocatedProblemKeepsTheLoadedOnesAndIsRemembered() throws Exception {
        load(List.of(SAMPLES.resolve("math_test.json")), 1);
        Path holed = dataDir.resolve("holed.json");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(SAMPLES.resolve("math_test.json")));
        lines.set(2, lines.get(2).replaceFirst("\"qwen2-7b-instruct\": [0-9.]+", "\"qwen2-7b-instruct\": null"));
        Files.write(holed, lines);
        OnFx.run(() -> { // on screen at full size whatever an earlier test left: the robot clicks at screen positions
            app.window().scene().getWindow().setX(0);
            app.window().scene().getWindow().setY(0);
            app.window().scene().getWindow().setWidth(1400);
            app.window().scene().getWindow().setHeight(900);
        });

        robot.clickOn("#data-strict");
        assertThat(app.context().settings().strictLoading()).isTrue();
        OnFx.run(() -> app.window().openFiles(List.of(holed)));
        waitUntil(() -> !app.dataModel().loadingProperty().get() && !app.dataModel().errors().isEmpty());
        assertThat(app.dataModel().datasets()).extracting(LoadedDataset::name).containsExactly("math_test");
        assertThat(OnFx.get(() -> app.dataModel().errors().stream().map(DataError::describe).toList())).containsExactly(
                "holed.json:3: field 'scores.qwen2-7b-instruct': row 2: value is missing (null or empty)");
        waitUntil(() -> visibleTexts("#load-errors").contains(
                "holed.json:3: field 'scores.qwen2-7b-instruct': row 2: value is missing (null or empty)"));
        assertThat(robot.lookup("#load-errors-panel").queryAs(TitledPane.class).isExpanded()).isTrue();
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS); // the problems panel opens animated, moving the box up

        robot.clickOn("#data-strict");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnFx.get(() -> app.dataModel().strictProperty().get())).as("strict after the second click").isFalse();
        assertThat(new SettingsStore(configDir).load().strictLoading()).isFalse();
        load(List.of(holed), 2);
        assertThat(OnFx.get(() -> app.dataModel().errors().stream().map(DataError::describe).toList()))
                .anyMatch(t -> t.startsWith("holed.json:") && t.contains("LLM 'qwen2-7b-instruct' has no score (1 row"));
    }

    @Test
    void editingAPriceInPlaceUpdatesTheMeanCostColumnTheSummaryAndTheRouteAndEvaluateViews() {
        load(List.of(SAMPLES.resolve("math_test.json")), 1);
        OnFx.run(() -> { // on screen at full size whatever an earlier test left: the robot clicks at screen positions
            app.window().scene().getWindow().setX(0);
            app.window().scene().getWindow().setY(0);
            app.window().scene().getWindow().setWidth(1400);
            app.window().scene().getWindow().setHeight(900);
        });
        List<String> llms = app.dataModel().datasets().getFirst().table().llms();
        OnFx.run(() -> llms.subList(0, llms.size() - 1).forEach(llm -> app.pricesModel().setPrice(llm, "0.001")));
        String last = llms.getLast();
        assertThat(meanCostCell(last)).isEqualTo("–"); // the table has no costs and the prices are not complete

        Node priceCell = robot.lookup((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                && cell.getTableColumn() != null && "price-column".equals(cell.getTableColumn().getId())
                && cell.getTableRow() != null && cell.getTableRow().getItem() instanceof org.routerdc.workbench.app.data.LlmPrice row
                && row.llm().equals(last)).query();
        robot.doubleClickOn(priceCell).write("0.25").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> "$0.250".equals(meanCostCell(last)));

        assertThat(app.dataModel().pricesProperty().get().prices()).containsEntry(last, 0.25);
        assertThat(robot.lookup("#summary-caption").queryAs(Label.class).getText()).contains("Mean cost per query").contains("$0.250");
        assertThat(app.engineViews().route().pricesProperty().get()).isSameAs(app.dataModel().pricesProperty().get());
        assertThat(app.engineViews().evaluate().pricesProperty().get()).isSameAs(app.dataModel().pricesProperty().get());
        saveScreenshot("data-view-prices.png");
        assertThat(new SettingsStore(configDir).load().prices()).as("remembered for the next session")
                .containsEntry(last, 0.25).containsEntry(llms.getFirst(), 0.001);
        OnFx.run(() -> app.context().updateSettings(s -> s.withPrices(java.util.Map.of()))); // the other tests start unpriced
    }

    private String meanCostCell(String llm) {
        return OnFx.get(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                        && cell.getTableColumn() != null && "mean-cost-column".equals(cell.getTableColumn().getId())
                        && cell.getTableRow() != null && cell.getTableRow().getItem() instanceof org.routerdc.workbench.app.data.LlmPrice row
                        && row.llm().equals(llm)).queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(javafx.scene.control.TableCell::getText).findFirst().orElse(null)); // none while the table re-lays its cells
    }

    @Test
    void searchFiltersTheQueriesAndMetricChangesTheChart() {
        load(List.of(SAMPLES.resolve("math_test.json")), 1);
        robot.clickOn("#query-search").write("eggs");
        TableView<QueryRow> queries = robot.lookup("#query-table").queryTableView();
        Label rowCount = robot.lookup("#row-count").queryAs(Label.class);
        waitUntil(() -> queries.getItems().size() < 25);
        List<QueryRow> shown = OnFx.get(() -> List.copyOf(queries.getItems()));
        assertThat(shown).isNotEmpty()
                .allSatisfy(row -> assertThat(row.text().toLowerCase()).contains("eggs"));
        assertThat(OnFx.get(rowCount::getText)).isEqualTo("showing " + shown.size() + " of 25 queries");

        LoadedDataset math = app.dataModel().datasets().getFirst();
        Node metricCell = robot.from(robot.lookup("#dataset-list").queryAs(Node.class))
                .lookup((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                        && cell.getTableColumn() != null && "metric-column".equals(cell.getTableColumn().getId())
                        && Metric.GRADED.equals(cell.getItem())).query();
        robot.doubleClickOn(metricCell);
        robot.clickOn(robot.from(metricCell).lookup(".combo-box").queryAs(Node.class));
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> "binary".equals(c.getText()))
                .queryAs(Node.class));
        waitUntil(() -> math.table().metric() == Metric.BINARY);
        BarChart<String, Number> chart = robot.lookup("#summary-chart").query();
        assertThat(chart.getTitle()).isEqualTo("math_test (binary)");
        assertThat(math.table().metric()).isEqualTo(Metric.BINARY);
    }

    @Test
    void shortcutsSwitchViewsAndThemeAndSettingsSurviveARestart() throws Exception {
        load(List.of(SAMPLES.resolve("code_test.json"), SAMPLES.resolve("knowledge_test.json")), 2);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(app.window().selected()).isEqualTo(ViewId.EMBEDDINGS);
        saveScreenshot("embeddings-placeholder.png");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(app.window().selected()).isEqualTo(ViewId.TRAIN);
        saveScreenshot("train-placeholder.png");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertThat(app.window().selected()).isEqualTo(ViewId.ROUTE);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(app.window().selected()).isEqualTo(ViewId.DATA);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        assertThat(app.window().scene().getStylesheets()).anyMatch(s -> s.endsWith("workbench-dark.css"))
                .noneMatch(s -> s.endsWith("workbench-light.css"));
        saveScreenshot("data-view-dark.png");

        assertThat(Files.readString(configDir.resolve("settings.json"))).contains("\"dark\"");
        List<String> expectedRecent = List.of(SAMPLES.resolve("knowledge_test.json").toAbsolutePath().toString(),
                SAMPLES.resolve("code_test.json").toAbsolutePath().toString());
        assertThat(new SettingsStore(configDir).load().recentFiles()).startsWith(expectedRecent.toArray(String[]::new));

        stopApp();
        startApp();
        assertThat(app.context().settings().theme()).isEqualTo("dark");
        assertThat(app.context().settings().recentFiles()).startsWith(expectedRecent.toArray(String[]::new));
        assertThat(app.window().scene().getStylesheets()).anyMatch(s -> s.endsWith("workbench-dark.css"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        assertThat(app.context().settings().theme()).isEqualTo("light");
    }

    @Test
    void deleteRemovesTheSelectedDatasetAndUndoPutsItBackWithTheChosenMetric() {
        // files named *_test take the test role, so the app's synced list for them is testDatasets()
        load(List.of(SAMPLES.resolve("math_test.json"), SAMPLES.resolve("code_test.json")), 2);
        TableView<LoadedDataset> datasets = robot.lookup("#dataset-list").queryTableView();
        LoadedDataset math = app.dataModel().datasets().getFirst();
        OnFx.run(() -> math.metricProperty().set(Metric.BINARY));
        robot.clickOn(robot.from(datasets).lookup("math_test").queryAs(Node.class)).push(KeyCode.DELETE);
        assertThat(datasets.getItems()).extracting(LoadedDataset::name).containsExactly("code_test");
        assertThat(app.context().testDatasets()).hasSize(1);
        org.controlsfx.control.NotificationPane notices = robot.lookup("#data-notices").queryAs(org.controlsfx.control.NotificationPane.class);
        AppHarness.waitUntil(5, notices::isShowing);
        assertThat(notices.getText()).isEqualTo("Removed math_test (binary).");
        saveScreenshot("data-view-removed-undo.png");

        robot.clickOn(robot.from(notices).lookup((javafx.scene.control.Button b) -> "Undo".equals(b.getText())).queryButton());
        assertThat(datasets.getItems()).extracting(LoadedDataset::name).containsExactly("math_test", "code_test");
        assertThat(datasets.getItems().getFirst()).isSameAs(math);
        assertThat(math.table().metric()).isEqualTo(Metric.BINARY);
        assertThat(app.context().testDatasets()).extracting(t -> t.metric()).containsExactly(Metric.BINARY, Metric.GRADED);
        AppHarness.waitUntil(5, () -> !notices.isShowing());

        robot.clickOn(robot.from(datasets).lookup("code_test").queryAs(Node.class)).push(KeyCode.DELETE);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(datasets.getItems()).extracting(LoadedDataset::name).containsExactly("math_test", "code_test");

        robot.rightClickOn("#summary-chart");
        List<String> items = OnFx.get(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream()).map(i -> i.getText()).toList());
        assertThat(items).containsExactly("Export PNG…", "Export PNG (2×)…", "Export SVG…", "Export CSV…");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void helpListsEveryKeyBindingOfTheWindowAndItsMenus() {
        List<String> listed = org.routerdc.workbench.app.shell.Shortcuts.describe().stream().map(row -> row[0]).toList();
        List<String> bound = OnFx.get(() -> {
            List<String> keys = new java.util.ArrayList<>(app.window().scene().getAccelerators().keySet().stream()
                    .map(k -> k.getDisplayText()).toList());
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) app.window().scene().lookup(".menu-bar");
            bar.getMenus().forEach(menu -> menu.getItems().stream().filter(item -> item.getAccelerator() != null)
                    .forEach(item -> keys.add(item.getAccelerator().getDisplayText())));
            return keys;
        });
        assertThat(bound).isNotEmpty();
        assertThat(listed).containsAll(bound).contains(org.routerdc.workbench.app.shell.Shortcuts.RUN.getDisplayText());
        assertThat(listed).doesNotHaveDuplicates();
        OnFx.run(() -> {
            javafx.scene.control.Alert help = org.routerdc.workbench.app.shell.HelpDialogs.shortcuts(app.window().scene().getWindow());
            PngSnapshot.write(help.getDialogPane(), SCREENSHOTS.resolve("help-shortcuts.png"));
        });
    }

    private void load(List<Path> files, int expectedDatasets) {
        OnFx.run(() -> app.window().openFiles(files));
        try {
            waitUntil(() -> !app.dataModel().loadingProperty().get() && app.dataModel().datasets().size() == expectedDatasets);
        } catch (AssertionError e) {
            throw new AssertionError("loading " + app.dataModel().loadingProperty().get() + ", datasets "
                    + app.dataModel().datasets() + ", errors " + app.dataModel().errors(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A RouterDC file with the sample LLMs whose second row (line 3) has a word for a score. */
    private Path brokenTable() throws Exception {
        Path file = dataDir.resolve("broken.json");
        Files.writeString(file, """
                [
                {"question": "ok", "scores": {"mathstral-7b": 1, "codellama-7b-instruct": 0, "llama-3-8b-instruct": 1, "qwen2-7b-instruct": 0, "tinyllama-1.1b-chat": 0}},
                {"question": "bad", "scores": {"mathstral-7b": 1, "codellama-7b-instruct": 0, "llama-3-8b-instruct": 1, "qwen2-7b-instruct": "high", "tinyllama-1.1b-chat": 0}}
                ]
                """);
        return file;
    }

    /** On the FX thread: a lookup from the test thread can meet the scene graph mid-change (an expanding panel). */
    private List<String> visibleTexts(String root) {
        return OnFx.get(() -> {
            Node node = robot.lookup(root).query();
            return robot.from(node).lookup((Node n) -> n instanceof javafx.scene.control.Labeled)
                    .queryAllAs(javafx.scene.control.Labeled.class).stream()
                    .filter(Node::isVisible).map(javafx.scene.control.Labeled::getText).filter(t -> t != null).toList();
        });
    }

    private void saveScreenshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        OnFx.run(() -> PngSnapshot.write(app.window().scene().getRoot(), SCREENSHOTS.resolve(name)));
    }

    /** Polls on the FX thread: from the test thread a poll can see the table updated before the label's binding. */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        AppHarness.waitUntil(15, condition);
    }
}
