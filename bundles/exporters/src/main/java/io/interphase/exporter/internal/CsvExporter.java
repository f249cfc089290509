package io.interphase.exporter.internal;

import io.interphase.api.run.Column;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Result;
import io.interphase.api.run.Table;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * One {@code <table>.csv} per table, headers as {@code Name / unit} so that Battery Data Format readers
 * recognise the columns. Rows are streamed: a long run's timeseries has a million of them.
 */
@Component(service = Exporter.class)
public final class CsvExporter implements Exporter {

    /** Integral doubles below this are written without ".0"; beyond it a long would not hold them exactly. */
    private static final double LARGEST_PLAIN_INTEGER = 1e15;

    @Override
    public String formatId() {
        return "csv";
    }

    @Override
    public void export(Result result, Output output) throws IOException {
        for (Table table : result.tables()) {
            if (table.columns().isEmpty()) {
                continue;
            }
            try (OutputStream stream = output.open(table.name() + ".csv");
                    Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                write(table, out);
            }
        }
    }

    private static void write(Table table, Writer out) throws IOException {
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                out.write(',');
            }
            out.write(quoted(header(columns.get(c))));
        }
        out.write('\n');
        double[][] values = columns.stream().map(Column::values).toArray(double[][]::new);
        for (int row = 0; row < table.rows(); row++) {
            for (int c = 0; c < values.length; c++) {
                if (c > 0) {
                    out.write(',');
                }
                out.write(number(values[c][row]));
            }
            out.write('\n');
        }
    }

    static String header(Column column) {
        return column.unit().isEmpty() ? column.name() : column.name() + " / " + column.unit();
    }

    /** RFC 4180 quoting, only where a cell would otherwise be misread (line breaks too, for safety). */
    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Shortest text that reads back to the same double; counts come out as "3", not "3.0". */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_PLAIN_INTEGER) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
