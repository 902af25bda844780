package org.routerdc.workbench.app.routing;

import javafx.concurrent.Task;
import javafx.geometry.Point2D;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.AppHarness;
import org.routerdc.workbench.app.OnFx;
import org.routerdc.workbench.app.WorkbenchApp;
import org.routerdc.workbench.app.embeddings.ColourBy;
import org.routerdc.workbench.app.embeddings.EmbeddingsViewModel;
import org.routerdc.workbench.app.embeddings.MapCanvas;
import org.routerdc.workbench.app.embeddings.MapModel;
import org.routerdc.workbench.app.shell.ViewId;
import org.routerdc.workbench.cli.WorkbenchCli;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Route and Embeddings views on one router trained once on the sample tables (real encoder, real training). */
class RouteAndMapViewTest {
    private static final String CODE_QUERY = "Write a Python function that reverses a linked list";
    private static final String MATH_QUERY = "A shop sells pencils at 3 dollars each. How much do 17 pencils cost? Show your working.";

    @TempDir
    static Path shared;
    static Path router;

    @TempDir
    Path configDir;

    private final FxRobot robot = new FxRobot();
    private WorkbenchApp app;
    private RouteViewModel route;

    @BeforeAll
    static void trainOnce() {
        router = shared.resolve("sample.router");
        String samples = AppHarness.SAMPLES + "/";
        int code = WorkbenchCli.commandLine().execute("train", "--out", router.toString(), "--steps", "150", "--eval-every", "50",
                "--device", "cpu", "--cache", AppHarness.CACHE.toString(), "--train", samples + "math_train.json",
                samples + "code_train.json", samples + "science_train.json=binary", samples + "knowledge_train.json=binary");
        assertThat(code).isZero();
    }

    @BeforeEach
    void start() throws Exception {
        app = AppHarness.start(configDir);
        route = app.engineViews().route();
        OnFx.run(() -> app.engineViews().routers().open(router));
        AppHarness.waitUntil(60, () -> app.context().routerProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        AppHarness.waitUntil(30, () -> app.context().tasks().count().get() == 0);
        AppHarness.stop(app);
    }

    @Test
    void saveRouterAsAsksBeforeReplacingAnExistingFolder(@TempDir Path out) throws Exception {
        Path target = out.resolve("mine.router");
        java.nio.file.Files.createDirectories(target);
        java.nio.file.Files.writeString(target.resolve("notes.txt"), "keep me unless replaced");

        javafx.application.Platform.runLater(() -> app.engineViews().saveRouterTo(target));
        javafx.scene.control.DialogPane ask = replaceQuestion();
        assertThat(ask.getHeaderText()).isEqualTo("Replace mine.router?");
        robot.clickOn((javafx.scene.control.Button) ask.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(target.resolve("notes.txt")).exists();
        assertThat(target.resolve("router.json")).doesNotExist();

        javafx.application.Platform.runLater(() -> app.engineViews().saveRouterTo(target));
        ask = replaceQuestion();
        javafx.scene.control.DialogPane pane = ask;
        robot.clickOn((javafx.scene.control.Button) pane.getButtonTypes().stream().filter(b -> b.getText().equals("Replace"))
                .map(pane::lookupButton).findFirst().orElseThrow());
        AppHarness.waitUntil(30, () -> java.nio.file.Files.isRegularFile(target.resolve("router.json")));
        assertThat(target.resolve("notes.txt")).doesNotExist();
    }

    private javafx.scene.control.DialogPane replaceQuestion() {
        AppHarness.waitUntil(10, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#replace-router-dialog") != null));
        return robot.lookup("#replace-router-dialog").queryAs(javafx.scene.control.DialogPane.class);
    }

    @Test
    void typingRoutesAsYouTypeAndExplainsTheChoice() {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        robot.clickOn("#route-input").write(CODE_QUERY);
        AppHarness.waitUntil(20, () -> route.chosenProperty().get().equals("codellama-7b-instruct")
                && route.decisionProperty().get().query().equals(CODE_QUERY));
        assertThat(robot.lookup("#route-chosen").queryAs(Label.class).getText()).isEqualTo("codellama-7b-instruct");
        BarChart<?, ?> bars = robot.lookup("#probability-chart").queryAs(BarChart.class);
        assertThat(bars.getData().getFirst().getData()).hasSize(5);
        TableView<?> nearest = robot.lookup("#nearest-table").queryAs(TableView.class);
        assertThat(nearest.getItems()).hasSize(RouteViewModel.NEAREST);
        assertThat(nearest.getColumns()).hasSize(3 + 5);
        assertThat(route.nearest().getFirst().dataset()).isEqualTo("code_train");

        robot.push(KeyCode.CONTROL, KeyCode.A).write(MATH_QUERY);
        AppHarness.waitUntil(20, () -> route.chosenProperty().get().equals("mathstral-7b")
                && route.decisionProperty().get().query().equals(MATH_QUERY));
        assertThat(route.history()).containsExactly(MATH_QUERY, CODE_QUERY);
        AppHarness.screenshot(app, "route-view.png");

        javafx.scene.Node entry = robot.from(robot.lookup("#route-history").queryAs(javafx.scene.Node.class))
                .lookup((javafx.scene.control.ListCell<?> cell) -> CODE_QUERY.equals(cell.getText())).query();
        robot.clickOn(entry);
        AppHarness.waitUntil(20, () -> route.chosenProperty().get().equals("codellama-7b-instruct"));
        assertThat(route.queryProperty().get()).isEqualTo(CODE_QUERY);
    }

    @Test
    void routingAFileWritesOneChoicePerQueryAsCsv(@TempDir Path out) throws Exception {
        Path csv = out.resolve("math-routes.csv");
        Task<?> task = OnFx.get(() -> route.routeFile(AppHarness.SAMPLES.resolve("math_test.json"), csv));
        AppHarness.waitUntil(60, () -> task.isDone());
        assertThat(OnFx.get(() -> task.getState() + " " + task.getException())).isEqualTo("SUCCEEDED null");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(26);
        assertThat(lines.getFirst()).startsWith("id,query,chosen_llm,probability,score_").endsWith(",realised_score");
        assertThat(lines.get(1).split(",")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(route.messageProperty().get()).startsWith("Routed 25 queries of math_test.json").contains("mean realised score");
    }

    @Test
    void theMapShowsQueriesAndLlmsPlacesTheRoutedQueryAndOpensAClickedOne() {
        EmbeddingsViewModel map = app.engineViews().embeddings();
        OnFx.run(() -> map.iterationsProperty().set(300));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        AppHarness.waitUntil(60, () -> map.result() != null);
        MapCanvas canvas = app.engineViews().embeddingsView().map();
        MapModel shown = OnFx.get(canvas::model);
        assertThat(shown.size()).isEqualTo(240);
        assertThat(shown.markers()).extracting(MapModel.Marker::label).containsExactlyInAnyOrder("mathstral-7b",
                "codellama-7b-instruct", "llama-3-8b-instruct", "qwen2-7b-instruct", "tinyllama-1.1b-chat");
        assertThat(shown.categoryNames()).containsExactly("math_train", "code_train", "science_train", "knowledge_train");
        assertThat(robot.lookup("#map-progress").queryAs(Label.class).getText()).startsWith("done: 300 iterations · KL ");

        OnFx.run(() -> route.open(MATH_QUERY));
        AppHarness.waitUntil(20, () -> map.queryMarker() != null);
        OnFx.run(() -> app.window().select(ViewId.EMBEDDINGS));
        AppHarness.waitUntil(10, () -> canvas.model().markers().size() == 6);
        OnFx.run(() -> map.colourByProperty().set(ColourBy.ROUTED_LLM));
        assertThat(OnFx.get(canvas::model).categoryNames()).hasSize(5);
        AppHarness.screenshot(app, "embeddings-view.png");

        int target = OnFx.get(() -> loneVisiblePoint(canvas));
        Point2D at = OnFx.get(() -> canvas.localToScreen(canvas.pointPosition(target)));
        String text = OnFx.get(() -> canvas.model().texts()[target]);
        assertThat(text).isNotBlank();
        robot.moveTo(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnFx.get(canvas::hoveredIndex)).as("the point under the mouse").isEqualTo(target);
        robot.clickOn(at);
        AppHarness.waitUntil(10, () -> app.window().selected() == ViewId.ROUTE);
        assertThat(route.queryProperty().get()).isEqualTo(text);

        OnFx.run(() -> {
            app.window().select(ViewId.EMBEDDINGS);
            map.spaceProperty().set(org.routerdc.workbench.app.embeddings.MapSpace.RAW);
        });
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        AppHarness.waitUntil(60, () -> map.result() != null && !map.runningProperty().get());
        assertThat(OnFx.get(canvas::model).size()).isEqualTo(240);
        assertThat(OnFx.get(() -> canvas.model().markers().size())).isBetween(1, 6);
        assertThat(map.captionProperty().get()).contains("mean place of the queries routed to each LLM");
    }

    /** A point inside the plot whose nearest neighbour is drawn farthest away, so that a click on it is unambiguous. */
    private static int loneVisiblePoint(MapCanvas canvas) {
        int n = canvas.model().size();
        Point2D[] at = new Point2D[n];
        for (int i = 0; i < n; i++) {
            at[i] = canvas.pointPosition(i);
        }
        int best = -1;
        double bestGap = 0;
        for (int i = 0; i < n; i++) {
            if (!canvas.getLayoutBounds().contains(at[i])) {
                continue;
            }
            double gap = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    gap = Math.min(gap, at[i].distance(at[j]));
                }
            }
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        assertThat(bestGap).as("pixels to the lone point's nearest neighbour").isGreaterThan(4);
        return best;
    }
}
