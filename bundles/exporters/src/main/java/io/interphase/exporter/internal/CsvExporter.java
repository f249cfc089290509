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
 * recognise the columns. Rows are streamed: a long run's timeseries has a million of them. A run's spectra are also
 * written one file each, {@code impedance-step<N>.csv}: frequency, Z', Z'' only, the header a {@code #} comment, the
 * layout {@code numpy.loadtxt(f, delimiter=",")} and impedance.py's {@code readCSV} read as they stand.
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
            if (table.name().equals(SPECTRA)) {
                writeSpectra(table, output);
            }
        }
    }

    /** The table of a run's spectra (frequency, Z', Z'', cycle, step; see the run pipeline's recording). */
    static final String SPECTRA = "impedance";

    /** Each step's spectrum on its own, in the three columns impedance tools take, the header commented out. */
    private static void writeSpectra(Table table, Output output) throws IOException {
        List<Column> c = table.columns();
        double[] step = table.column("Step Count").values();
        int from = 0;
        while (from < step.length) {
            int to = from;
            while (to < step.length && step[to] == step[from]) {
                to++;
            }
            try (OutputStream stream = output.open("impedance-step" + number(step[from]) + ".csv");
                    Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                out.write("# " + header(c.get(0)) + "," + header(c.get(1)) + "," + header(c.get(2)) + " (cycle "
                        + number(table.column("Cycle Count").values()[from]) + ", step " + number(step[from]) + ")\n");
                for (int r = from; r < to; r++) {
                    out.write(number(c.get(0).values()[r]) + "," + number(c.get(1).values()[r]) + ","
                            + number(c.get(2).values()[r]) + "\n");
                }
            }
            from = to;
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

    /** The Battery Data Format's preferred label: {@code Name / unit}, a count or ratio {@code Name / 1}. */
    static String header(Column column) {
        return column.name() + " / " + (column.unit().isEmpty() ? "1" : column.unit());
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
