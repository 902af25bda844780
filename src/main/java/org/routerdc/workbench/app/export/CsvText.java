package org.routerdc.workbench.app.export;

import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** CSV (RFC 4180, via Commons CSV) of a table as shown, or of a chart's series as plotted. FX thread. */
public final class CsvText {
    private CsvText() {
    }

    /** The header row, then one row per item; the visible columns in their order, each cell as its text. */
    public static String of(TableView<?> table) {
        return rows(tableRows(table));
    }

    /** One row per point: series, x, y. */
    public static String of(XYChart<?, ?> chart) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("series", "x", "y"));
        for (XYChart.Series<?, ?> series : chart.getData()) {
            for (XYChart.Data<?, ?> data : series.getData()) {
                rows.add(List.of(series.getName() == null ? "" : series.getName(), data.getXValue(), data.getYValue()));
            }
        }
        return rows(rows);
    }

    /** {@code rows} (the first is the header) as CSV text. */
    public static String rows(List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static <S> List<List<?>> tableRows(TableView<S> table) {
        List<List<?>> rows = new ArrayList<>();
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        rows.add(columns.stream().map(TableColumn::getText).toList());
        for (S item : table.getItems()) {
            List<Object> row = new ArrayList<>();
            for (TableColumn<S, ?> column : columns) {
                var value = column.getCellObservableValue(item);
                row.add(value == null || value.getValue() == null ? "" : value.getValue());
            }
            rows.add(row);
        }
        return rows;
    }
}
