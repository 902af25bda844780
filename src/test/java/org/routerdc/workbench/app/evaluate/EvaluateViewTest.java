package org.routerdc.workbench.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.AppHarness;
import org.routerdc.workbench.app.OnFx;
import org.routerdc.workbench.app.WorkbenchApp;
import org.routerdc.workbench.app.data.DatasetRole;
import org.routerdc.workbench.app.data.LoadedDataset;
import org.routerdc.workbench.app.shell.ViewId;
import org.routerdc.workbench.cli.WorkbenchCli;
import org.routerdc.workbench.curve.CurvePoint;
import org.routerdc.workbench.data.QueryRow;
import org.routerdc.workbench.data.ScoreTable;
import org.routerdc.workbench.data.ScoreTableWriter;
import org.routerdc.workbench.data.ScoreTables;
import org.testfx.api.FxRobot;

/**
 * The Evaluate view on a router trained on the RouterBench-style sample (real encoder, real training), its test
 * file with real per-query costs loaded in the Data view, and a copy of it with holes.
 */
class EvaluateViewTest {
    private static final Path SAMPLE = Path.of("sample-data/routerbench");

    @TempDir
    static Path shared;
    static Path router;

    @TempDir
    Path configDir;

    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;

    @BeforeAll
    static void trainOnce() {
        router = shared.resolve("bench.router");
        int code = WorkbenchCli.commandLine().execute("train", "--out", router.toString(), "--steps", "100", "--eval-every", "50",
                "--device", "cpu", "--cache", AppHarness.CACHE.toString(), "--train", SAMPLE.resolve("train.csv").toString());
        assertThat(code).isZero();
    }

    @BeforeEach
    void start() throws Exception {
        app = AppHarness.start(configDir);
        OnFx.run(() -> app.engineViews().routers().open(router));
        AppHarness.waitUntil(60, () -> app.context().routerProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        AppHarness.waitUntil(30, () -> app.context().tasks().count().get() == 0);
        AppHarness.stop(app);
    }

    /** The sample test table as JSON Lines with qwen2's score missing (null) on its first and third rows. */
    private Path holes() throws Exception {
        ScoreTable table = ScoreTables.read(SAMPLE.resolve("test.csv"), null);
        int qwen = table.llms().indexOf("qwen2-7b-instruct");
        List<QueryRow> rows = new java.util.ArrayList<>(table.rows());
        for (int i : new int[]{0, 2}) {
            QueryRow row = rows.get(i);
            double[] scores = row.scores().clone();
            scores[qwen] = QueryRow.MISSING;
            rows.set(i, new QueryRow(row.id(), row.text(), row.task(), row.clusterId(), scores, row.costs()));
        }
        Path file = configDir.resolve("holes_test.jsonl");
        ScoreTableWriter.writeJsonl(table.withRows(rows), file);
        return file;
    }

    @Test
    void evaluatesTheTestDatasetsMovesLambdaFiltersExportsAndOpensAQueryInRoute() throws Exception {
        Path holes = holes();
        OnFx.run(() -> app.window().openFiles(List.of(SAMPLE.resolve("train.csv"), SAMPLE.resolve("test.csv"), holes)));
        AppHarness.waitUntil(30, () -> !app.dataModel().loadingProperty().get() && app.dataModel().datasets().size() == 3);
        assertThat(OnFx.get(() -> app.dataModel().datasets().stream().map(d -> d.roleProperty().get()).toList()))
                .containsExactly(DatasetRole.TRAINING, DatasetRole.TEST, DatasetRole.TEST);
        assertThat(OnFx.get(() -> app.context().datasets().size())).isEqualTo(1); // Train sees the training table only
        assertThat(OnFx.get(() -> app.dataModel().errors().stream().map(e -> e.describe()).toList()))
                .anyMatch(text -> text.startsWith("holes_test.jsonl:") && text.contains("LLM 'qwen2-7b-instruct' has no score (2 rows"));
        assertThat(robot.lookup("#load-errors-panel").queryAs(TitledPane.class).isExpanded()).isTrue();
        // switching a role by hand: the training file as a test set, and back
        OnFx.run(() -> app.dataModel().datasets().getFirst().roleProperty().set(DatasetRole.TEST));
        assertThat(OnFx.get(() -> app.context().testDatasets().size())).isEqualTo(3);
        OnFx.run(() -> app.dataModel().datasets().getFirst().roleProperty().set(DatasetRole.TRAINING));

        OnFx.run(() -> app.window().select(ViewId.EVALUATE));
        EvaluateViewModel model = app.engineViews().evaluate();
        robot.clickOn("#evaluate-run");
        AppHarness.waitUntil(120, () -> model.resultProperty().get() != null && !model.busyProperty().get());

        TableView<?> datasets = robot.lookup("#evaluate-datasets").queryTableView();
        assertThat(datasets.getItems()).hasSize(2);
        EvaluationResult result = OnFx.get(() -> model.resultProperty().get());
        assertThat(result.accuracy().datasets()).extracting(d -> d.skipped()).containsExactly(0, 2);
        assertThat(result.curve().points()).hasSize(40);
        assertThat(result.curve().singles()).hasSize(5);
        int queries = OnFx.get(() -> model.outcomes().size());
        assertThat(queries).isEqualTo(result.input().rows());

        OnFx.run(() -> model.positionProperty().set(0));
        CurvePoint dearest = OnFx.get(() -> model.operatingPointProperty().get());
        assertThat(dearest.lambda()).isZero();
        OnFx.run(() -> model.positionProperty().set(1));
        CurvePoint cheapest = OnFx.get(() -> model.operatingPointProperty().get());
        assertThat(cheapest.cost()).isLessThanOrEqualTo(dearest.cost());
        assertThat(cheapest.share().values()).contains(1.0); // every query to the cheapest LLM
        OnFx.run(() -> model.positionProperty().set(0.55));
        assertThat(OnFx.get(() -> model.sharesProperty().get())).startsWith("λ ").contains("calls:");

        robot.clickOn("#evaluate-lost");
        List<QueryOutcome> lost = OnFx.get(() -> List.copyOf(model.visibleOutcomes()));
        assertThat(lost).isNotEmpty().allMatch(QueryOutcome::lost);
        assertThat(lost.size()).isLessThan(queries);

        Path curveCsv = configDir.resolve("curve.csv"), queriesCsv = configDir.resolve("queries.csv");
        Path png = configDir.resolve("plot.png"), svg = configDir.resolve("plot.svg");
        OnFx.run(() -> {
            model.exportCurve(curveCsv);
            model.exportQueries(queriesCsv);
            app.engineViews().evaluateView().exportPng(png);
            app.engineViews().evaluateView().exportSvg(svg);
        });
        assertThat(Files.readAllLines(curveCsv)).hasSize(41).first().asString().startsWith("lambda,cost,quality,onHull,share:");
        assertThat(Files.readAllLines(queriesCsv).getFirst()).isEqualTo("query,dataset,routed_llm,score,best_score,regret,cost");
        assertThat(Files.size(png)).isGreaterThan(2000);
        assertThat(Files.readString(svg)).startsWith("<svg").contains("<polyline", "oracle", "AIQ").endsWith("</svg>\n");
        // the router carries a cluster baseline (fitted on the training rows): its curve is drawn dashed, in the legend
        assertThat(result.curve().cluster()).isNotNull();
        assertThat(result.curve().cluster().points()).hasSize(40);
        assertThat(Files.readString(svg)).contains("cluster baseline: hull and λ points", "stroke=\"" + PlotLayout.CLUSTER
                + "\" stroke-width=\"2.0\" stroke-dasharray", "cluster " + String.format(java.util.Locale.ROOT, "%.2f",
                result.curve().cluster().aiq()));

        AppHarness.screenshot(app, "evaluate-view.png");
        assertThat(Path.of("target/screenshots/evaluate-view.png")).isRegularFile();

        TableView<?> table = robot.lookup("#evaluate-queries").queryTableView();
        String first = OnFx.get(() -> ((QueryOutcome) table.getItems().getFirst()).query());
        // the row showing the first item (a lookup's order of row cells is the virtual flow's, not the rows')
        robot.doubleClickOn(robot.from(table).lookup((javafx.scene.control.TableRow<?> row) -> row.getIndex() == 0
                && !row.isEmpty()).queryAs(javafx.scene.Node.class));
        AppHarness.waitUntil(10, () -> app.window().selected() == ViewId.ROUTE);
        assertThat(OnFx.get(() -> app.engineViews().route().queryProperty().get())).isEqualTo(first);
        // the Route view's λ slider: at its right end every query goes to the cheapest LLM
        var routeModel = app.engineViews().route();
        java.util.Map<String, Double> costs = OnFx.get(() -> app.context().routerProperty().get().bundle().manifest().meanTrainingCosts());
        String cheapestLlm = costs.entrySet().stream().min(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        OnFx.run(() -> {
            routeModel.lambdaPositionProperty().set(1);
            routeModel.costAwareProperty().set(true);
        });
        AppHarness.waitUntil(30, () -> routeModel.lambdaTextProperty().get().startsWith("λ ") && !routeModel.busyProperty().get()
                && cheapestLlm.equals(routeModel.chosenProperty().get()));
        assertThat(OnFx.get(() -> routeModel.ranked().getFirst().costAware())).isTrue();
        OnFx.run(() -> {
            for (LoadedDataset dataset : app.dataModel().datasets()) {
                dataset.roleProperty().set(DatasetRole.TRAINING);
            }
        });
    }
}
