package org.routerdc.workbench.app.export;

import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import org.routerdc.workbench.app.PngSnapshot;
import org.routerdc.workbench.app.shell.ErrorDialog;
import org.routerdc.workbench.app.shell.SceneWalk;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Right-click exports: every chart as PNG (screen size or 2×), SVG and CSV of its curves; every table as CSV.
 * A chart can supply its own CSV (e.g. the unsmoothed curves behind a log-scale plot) under {@link #CSV} and its own
 * PNG node (e.g. with a legend drawn beside it) under {@link #PNG_NODE} in its properties.
 */
public final class ExportMenu {
    /** Chart property: a {@code Supplier<String>} giving the chart's CSV. */
    public static final String CSV = "routerdc.export.csv";
    /** Chart property: the {@code Node} to write as PNG instead of the chart. */
    public static final String PNG_NODE = "routerdc.export.png-node";
    private static final String INSTALLED = "routerdc.export.installed";

    private ExportMenu() {
    }

    /** Adds the export menu to every chart and table under {@code root} (once each). */
    public static void installAll(Node root) {
        SceneWalk.each(root, node -> {
            if (node.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
                return;
            }
            if (node instanceof XYChart<?, ?> chart) {
                chart(chart);
            } else if (node instanceof TableView<?> table) {
                table(table);
            }
        });
    }

    private static void chart(XYChart<?, ?> chart) {
        String name = name(chart);
        MenuItem png = item("Export PNG…", "export-png", () -> save(chart, name, "png", file ->
                PngSnapshot.write(pngNode(chart), 1, file)));
        MenuItem png2 = item("Export PNG (2×)…", "export-png-2x", () -> save(chart, name + "@2x", "png", file ->
                PngSnapshot.write(pngNode(chart), 2, file)));
        MenuItem svg = item("Export SVG…", "export-svg", () -> save(chart, name, "svg", file -> writeSvg(chart, file)));
        MenuItem csv = item("Export CSV…", "export-csv", () -> save(chart, name, "csv", file -> writeCsv(chart, file)));
        ContextMenu menu = new ContextMenu(png, png2, svg, csv);
        chart.setOnContextMenuRequested(event -> {
            menu.show(chart, event.getScreenX(), event.getScreenY());
            event.consume();
        });
    }

    private static void table(TableView<?> table) {
        MenuItem csv = item("Export CSV…", "export-table-csv", () -> save(table, name(table), "csv", file ->
                write(file, CsvText.of(table))));
        if (table.getContextMenu() == null) {
            table.setContextMenu(new ContextMenu(csv));
        } else {
            table.getContextMenu().getItems().addAll(new SeparatorMenuItem(), csv);
        }
    }

    public static void writeSvg(XYChart<?, ?> chart, Path file) throws IOException {
        write(file, ChartSvg.of(chart));
    }

    /** The chart's own CSV when it gives one, else its series as plotted. */
    @SuppressWarnings("unchecked")
    public static void writeCsv(XYChart<?, ?> chart, Path file) throws IOException {
        Object own = chart.getProperties().get(CSV);
        write(file, own instanceof Supplier<?> supplier ? ((Supplier<String>) supplier).get() : CsvText.of(chart));
    }

    private static Node pngNode(XYChart<?, ?> chart) {
        return chart.getProperties().get(PNG_NODE) instanceof Node node ? node : chart;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Writes an export to a file. */
    public interface Writer {
        void write(Path file) throws IOException;
    }

    /** Asks where to save {@code name.extension}, then writes it there; a failure is shown, not thrown. */
    public static void save(Node owner, String name, String extension, Writer writer) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + extension.toUpperCase(Locale.ROOT));
        chooser.setInitialFileName(name + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT), "*." + extension));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            writer.write(file.toPath());
        } catch (IOException | RuntimeException e) {
            ErrorDialog.show(owner.getScene().getWindow(), "Could not write " + file, e);
        }
    }

    /** A file name from the node's id ("loss-chart" → "loss-chart"), else "chart" / "table". */
    private static String name(Node node) {
        return node.getId() != null ? node.getId() : node instanceof TableView<?> ? "table" : "chart";
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
