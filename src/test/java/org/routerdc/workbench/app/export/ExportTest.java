package org.routerdc.workbench.app.export;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.routerdc.workbench.app.OnFx;
import org.routerdc.workbench.app.PngSnapshot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Chart and table exports on real, laid-out JavaFX charts: SVG geometry matches what is drawn, PNG at 2×, CSV. */
@ExtendWith(ApplicationExtension.class)
class ExportTest {
    private LineChart<Number, Number> line;
    private BarChart<String, Number> bars;
    private TableView<String[]> table;

    @Start
    void start(Stage stage) {
        line = new LineChart<>(new NumberAxis(), new NumberAxis());
        line.setAnimated(false);
        line.setTitle("Loss & <accuracy>");
        line.getXAxis().setLabel("step");
        XYChart.Series<Number, Number> loss = new XYChart.Series<>();
        loss.setName("total");
        for (int step = 0; step <= 10; step++) {
            loss.getData().add(new XYChart.Data<>(step * 10, 3.0 / (1 + step)));
        }
        XYChart.Series<Number, Number> other = new XYChart.Series<>();
        other.setName("sample-LLM");
        other.getData().addAll(new XYChart.Data<>(0, 1.0), new XYChart.Data<>(100, 0.5));
        line.getData().addAll(List.of(loss, other));
        bars = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
        bars.setAnimated(false);
        XYChart.Series<String, Number> accuracy = new XYChart.Series<>();
        accuracy.getData().addAll(new XYChart.Data<>("llm-a", 40), new XYChart.Data<>("llm-b", 70), new XYChart.Data<>("Oracle", 90));
        bars.getData().add(accuracy);
        table = new TableView<>();
        TableColumn<String[], String> name = new TableColumn<>("LLM");
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()[0]));
        TableColumn<String[], String> score = new TableColumn<>("Score, %");
        score.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()[1]));
        table.getColumns().setAll(List.of(name, score));
        table.getItems().addAll(new String[]{"llm-a", "40"}, new String[]{"llm \"b\"", "70"});
        stage.setScene(new Scene(new HBox(line, bars, table), 1200, 420));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void svgOfALineChartHasEachSeriesAtTheDrawnPositionsWithAxesTitleAndLegend(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("loss.svg");
        OnFx.run(() -> ExportMenu.writeSvg(line, file));
        Document svg = parse(file);
        NodeList lines = svg.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(file, Path.of("target/screenshots/export-line-chart.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String[] points = ((Element) lines.item(0)).getAttribute("points").split(" ");
        assertThat(points).hasSize(11);
        // the 4th point where JavaFX drew its symbol, in chart coordinates
        XYChart.Data<Number, Number> fourth = line.getData().getFirst().getData().get(3);
        Point2D drawn = OnFx.get(() -> line.sceneToLocal(fourth.getNode().localToScene(
                fourth.getNode().getLayoutBounds().getCenterX(), fourth.getNode().getLayoutBounds().getCenterY())));
        String[] xy = points[3].split(",");
        assertThat(Double.parseDouble(xy[0])).isCloseTo(drawn.getX(), within(1.0));
        assertThat(Double.parseDouble(xy[1])).isCloseTo(drawn.getY(), within(1.0));
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(13); // the line chart's symbols
        List<String> texts = texts(svg);
        assertThat(texts).contains("Loss & <accuracy>", "step", "total", "sample-LLM", "100", "0");
        assertThat(((Element) lines.item(0)).getAttribute("stroke")).isNotEqualTo(((Element) lines.item(1)).getAttribute("stroke"));
    }

    @Test
    void svgOfABarChartHasOneRectanglePerBarWithItsHeight(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("bars.svg");
        OnFx.run(() -> ExportMenu.writeSvg(bars, file));
        Document svg = parse(file);
        NodeList rects = svg.getElementsByTagName("rect");
        // background, plot area, three bars (no legend entries: the series has no name)
        assertThat(rects.getLength()).isEqualTo(5);
        double a = Double.parseDouble(((Element) rects.item(2)).getAttribute("height"));
        double b = Double.parseDouble(((Element) rects.item(3)).getAttribute("height"));
        assertThat(b / a).isCloseTo(70.0 / 40.0, within(0.03));
        assertThat(texts(svg)).contains("llm-a", "llm-b", "Oracle", "0", "100");
        assertThat(((Element) rects.item(2)).getAttribute("fill")).isNotEqualTo("#808080"); // the bar colour, not a fallback
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(file, Path.of("target/screenshots/export-bar-chart.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void pngAtTwiceTheSizeAndCsvOfChartAndTable(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = dir.resolve("bars@2x.png");
        OnFx.run(() -> PngSnapshot.write(bars, 2, png));
        Image image;
        try (FileInputStream in = new FileInputStream(png.toFile())) {
            image = OnFx.get(() -> new Image(in));
        }
        assertThat(image.getWidth()).isCloseTo(2 * bars.getWidth(), within(2.0));
        assertThat(image.getHeight()).isCloseTo(2 * bars.getHeight(), within(2.0));

        Path csv = dir.resolve("loss.csv");
        OnFx.run(() -> ExportMenu.writeCsv(line, csv));
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(1 + 11 + 2).startsWith("series,x,y", "total,0,3.0", "total,10,1.5");

        assertThat(OnFx.get(() -> CsvText.of(table)).lines().toList())
                .containsExactly("LLM,\"Score, %\"", "llm-a,40", "\"llm \"\"b\"\"\",70");
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(Document svg) {
        NodeList texts = svg.getElementsByTagName("text");
        return java.util.stream.IntStream.range(0, texts.getLength()).mapToObj(i -> texts.item(i).getTextContent()).toList();
    }
}
