package org.routerdc.workbench.app.embeddings;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.OnFx;
import org.routerdc.workbench.app.PngSnapshot;
import org.routerdc.workbench.app.shell.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MapCanvasTest {
    private static final int POINTS = 5_000;
    private MapCanvas map;
    private MapModel model;

    @Start
    void start(Stage stage) {
        map = new MapCanvas();
        model = SyntheticMap.clustered(POINTS, 6, 42);
        Scene scene = new Scene(map, 1400, 900);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        map.setModel(model);
        map.drawIfDirty();
    }

    @Test
    void hoverFindsThePointUnderTheCursorAndShowsItsTextAndScores(FxRobot robot) {
        int target = isolatedPoint();
        Point2D local = OnFx.get(() -> map.pointPosition(target));
        robot.moveTo(map.localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.hoveredIndex()).isEqualTo(target);
        assertThat(map.hoverText()).contains(model.texts()[target]).contains("MetaMath-Mistral-7B");
    }

    @Test
    void wheelZoomNarrowsTheVisibleRangeAndResetRestoresIt(FxRobot robot) {
        double[] before = map.visibleRange();
        robot.moveTo(map.localToScreen(new Point2D(700, 450)));
        robot.scroll(5, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double[] zoomed = map.visibleRange();
        assertThat(zoomed[2] - zoomed[0]).isNotCloseTo(before[2] - before[0],
                org.assertj.core.data.Offset.offset((before[2] - before[0]) * 0.05));

        OnFx.run(map::resetView);
        assertThat(map.visibleRange()[2] - map.visibleRange()[0])
                .isCloseTo(before[2] - before[0], org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void dragPansAndClickingAPointFiresTheCallback(FxRobot robot) {
        AtomicInteger clicked = new AtomicInteger(-1);
        map.setOnPointClicked(clicked::set);
        double[] before = map.visibleRange();
        robot.drag(map.localToScreen(new Point2D(500, 500)), MouseButton.PRIMARY).dropTo(map.localToScreen(new Point2D(600, 500)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.visibleRange()[0]).isLessThan(before[0]);

        int target = isolatedPoint();
        robot.clickOn(map.localToScreen(OnFx.get(() -> map.pointPosition(target))));
        assertThat(clicked.get()).isEqualTo(target);
    }

    @Test
    void searchHighlightsMatchesAndTheStatusSaysHowMany(FxRobot robot) {
        robot.clickOn("#map-search").write("query 123 ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.statusText()).contains("5,000 points").contains("1 match");
    }

    @Test
    void repeatedSetPointsFromAnotherThreadCoalesceIntoFewFramesWithTheLatestCoordinates() throws Exception {
        OnFx.run(map::drawIfDirty);
        int settled = OnFx.get(map::frameCount);
        int updates = 50;
        Thread producer = new Thread(() -> {
            for (int step = 1; step <= updates; step++) {
                double[][] xy = new double[POINTS][];
                for (int i = 0; i < POINTS; i++) {
                    xy[i] = new double[]{model.x()[i] * step, model.y()[i]};
                }
                map.setPoints(xy);
            }
        });
        producer.start();
        producer.join();
        // drawn by the pulse, nobody calls drawIfDirty here
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> OnFx.get(() -> map.model().x()[17]) == model.x()[17] * updates);
        int after = OnFx.get(map::frameCount);

        assertThat(after - settled).isBetween(1, updates - 1);
    }

    @Test
    void exportWritesANonEmptyPngAndTheScreenshot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("map.png");
        OnFx.run(() -> {
            map.exportPng(file);
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(20);

        OnFx.run(() -> {
            PngSnapshot.write(map.getScene().getRoot(), Path.of("target/screenshots/embeddings-map.png"));
        });
    }

    @Test
    void svgHasOneDotPerPointInViewInItsCategoryColourAndTheLegendAndCsvHasEveryPoint(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("map.svg");
        Path csv = dir.resolve("map.csv");
        OnFx.run(() -> {
            map.resetView();
            map.exportSvg(svg);
            map.exportCsv(csv);
        });
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        org.w3c.dom.NodeList circles = doc.getElementsByTagName("circle");
        assertThat(circles.getLength()).isEqualTo(POINTS + model.categoryNames().size());
        org.w3c.dom.Element first = (org.w3c.dom.Element) circles.item(0);
        assertThat(first.getAttribute("fill")).isEqualTo(String.format("#%06x", Palette.rgb(model.category()[0]) & 0xFFFFFF));
        assertThat(Double.parseDouble(first.getAttribute("cx"))).isGreaterThan(0);
        assertThat(java.nio.file.Files.readAllLines(csv)).hasSize(POINTS + 1).first().isEqualTo("x,y,category,text");
        java.nio.file.Files.copy(svg, Path.of("target/screenshots/embeddings-map.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void samplingIsNeverSilent() {
        MapModel sampled = new MapModel(model.x(), model.y(), model.category(), model.categoryNames(), model.texts(),
                model.scores(), model.llms(), List.of(), 20_000);
        OnFx.run(() -> map.setModel(sampled));
        assertThat(map.statusText()).isEqualTo("showing 5,000 of 20,000 points (sampled)");
    }

    @Test
    void dimmedGroupsStopAnsweringHoverAndTheDarkMapStaysReadable(FxRobot robot) {
        int group = 2;
        OnFx.run(() -> Theme.DARK.applyTo(map.getScene()));
        robot.clickOn("#legend-" + group);
        int dimmed = isolatedPoint(i -> model.category()[i] == group, 10);
        robot.moveTo(map.localToScreen(OnFx.get(() -> map.pointPosition(dimmed))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.hoveredIndex()).isEqualTo(-1);

        robot.clickOn("#map-search").write("orbit");
        int shown = isolatedPoint(i -> model.category()[i] != group, 4);
        robot.moveTo(map.localToScreen(OnFx.get(() -> map.pointPosition(shown))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.hoveredIndex()).isEqualTo(shown);
        OnFx.run(() -> PngSnapshot.write(map.getScene().getRoot(), Path.of("target/screenshots/embeddings-map-dark.png")));
    }

    private int isolatedPoint() {
        return isolatedPoint(i -> true, 4);
    }

    /** A wanted point with no other point within {@code gapPixels} on screen, so the cursor on it can only mean it. */
    private int isolatedPoint(java.util.function.IntPredicate wanted, double gapPixels) {
        double scale = OnFx.get(() -> map.pointPosition(1).distance(map.pointPosition(0))
                / Math.hypot(model.x()[1] - model.x()[0], model.y()[1] - model.y()[0]));
        double minGap = gapPixels / scale;
        double minGapSquared = minGap * minGap;
        double[] x = model.x();
        double[] y = model.y();
        for (int i = 0; i < POINTS; i++) {
            if (!wanted.test(i)) {
                continue;
            }
            boolean alone = true;
            for (int j = 0; j < POINTS && alone; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                alone = j == i || dx * dx + dy * dy > minGapSquared;
            }
            if (alone) {
                return i;
            }
        }
        throw new AssertionError("no isolated point in the synthetic map");
    }
}
