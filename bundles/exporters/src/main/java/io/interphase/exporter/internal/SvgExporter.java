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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * Quick-look plots of a run: {@code voltage.svg}, {@code capacity.svg}, {@code retention.svg}, {@code rate.svg}
 * (a rate test's capacity against C-rate) and {@code impedance.svg}, so a run
 * folder can be judged in a browser without other tools. A plot whose table or columns are missing, or
 * which has no finite point, is left out rather than drawn empty.
 */
@Component(service = Exporter.class)
public final class SvgExporter implements Exporter {

    private static final String CYCLE = "Cycle Count";
    /** A picoampere-hour: below anything a cell passes, above the rounding of a rest's integral. */
    private static final double NOTHING_AH = 1e-12;

    @Override
    public String formatId() {
        return "svg";
    }

    @Override
    public void export(Result result, Output output) throws IOException {
        Optional<Table> timeseries = table(result, "timeseries");
        if (timeseries.isPresent()) {
            write(voltage(timeseries.get()), "voltage.svg", output);
        }
        Optional<Table> cycles = table(result, "cycles");
        if (cycles.isPresent()) {
            write(capacity(cycles.get()), "capacity.svg", output);
            write(retention(cycles.get()), "retention.svg", output);
            write(rate(cycles.get()), "rate.svg", output);
        }
        Optional<Table> impedance = table(result, "impedance");
        if (impedance.isPresent()) {
            write(nyquist(impedance.get()), "impedance.svg", output);
        }
    }

    /** −Z'' against Z' (a Nyquist plot), each spectrum (each step) its own colour, markers at the points, named in a legend. */
    static Optional<SvgPlot> nyquist(Table table) {
        Optional<Column> real = column(table, "Z'");
        Optional<Column> imaginary = column(table, "Z''");
        if (real.isEmpty() || imaginary.isEmpty()) {
            return Optional.empty();
        }
        double[] step = column(table, "Step Count").map(Column::values).orElse(new double[table.rows()]);
        double[] cycle = column(table, CYCLE).map(Column::values).orElse(new double[table.rows()]);
        double[] re = real.get().values();
        double[] im = imaginary.get().values();
        List<SvgPlot.Series> spectra = new ArrayList<>();
        for (int from = 0; from < re.length;) {
            int to = from;
            while (to < re.length && step[to] == step[from]) {
                to++;
            }
            double[] minus = Arrays.stream(im, from, to).map(v -> -v).toArray();
            String name = column(table, "Step Count").isPresent()
                    ? "cycle " + CsvExporter.number(cycle[from]) + ", step " + CsvExporter.number(step[from]) : "";
            spectra.add(new SvgPlot.Series(name, Arrays.copyOfRange(re, from, to), minus, true));
            from = to;
        }
        String unit = real.get().unit();
        return Optional.of(new SvgPlot("Impedance (Nyquist)", SvgPlot.axisTitle("Z'", unit), SvgPlot.axisTitle("-Z''", unit),
                spectra, false).withEqualAspect());
    }

    /** Voltage against time, in hours, minutes or seconds, whichever keeps the tick labels readable. */
    static Optional<SvgPlot> voltage(Table table) {
        Optional<Column> time = column(table, "Test Time");
        Optional<Column> voltage = column(table, "Voltage");
        if (time.isEmpty() || voltage.isEmpty()) {
            return Optional.empty();
        }
        double[] t = time.get().values();
        String unit = time.get().unit();
        double scale = 1;
        if (unit.equals("s") || unit.isEmpty()) {
            double longest = Arrays.stream(t).filter(Double::isFinite).map(Math::abs).max().orElse(0);
            scale = longest > 7200 ? 3600 : longest > 120 ? 60 : 1;
            unit = scale == 3600 ? "h" : scale == 60 ? "min" : "s";
        }
        Column v = voltage.get();
        return Optional.of(new SvgPlot("Voltage vs Test Time (" + unit + ")", SvgPlot.axisTitle("Test Time", unit),
                SvgPlot.axisTitle("Voltage", v.unit()), scaled(t, 1 / scale), v.values(), false));
    }

    /** Specific discharge capacity per cycle, or the cell's capacity in mAh when there is no cathode mass. */
    static Optional<SvgPlot> capacity(Table table) {
        Optional<Column> cycle = column(table, CYCLE);
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        Optional<Column> specific = column(table, "Specific Discharge Capacity")
                .filter(c -> Arrays.stream(c.values()).anyMatch(Double::isFinite));
        if (specific.isPresent()) {
            Column c = specific.get();
            return Optional.of(new SvgPlot("Specific discharge capacity", CYCLE,
                    SvgPlot.axisTitle(c.name(), c.unit()), cycle.get().values(), c.values(), true));
        }
        // a run that discharged nothing (rests and spectra only) gets no capacity plot: its axis would be rounding noise
        return column(table, "Discharge Capacity").filter(c -> Arrays.stream(c.values())
                .anyMatch(v -> Math.abs(v) > (c.unit().equals("Ah") ? NOTHING_AH : 0))).map(c -> {
            boolean ah = c.unit().equals("Ah");
            return new SvgPlot("Discharge capacity", CYCLE, SvgPlot.axisTitle(c.name(), ah ? "mAh" : c.unit()),
                    cycle.get().values(), ah ? scaled(c.values(), 1000) : c.values(), true);
        });
    }

    /**
     * A rate test's capacity against its C-rate, on a logarithmic axis, a marker for each cycle: written when the
     * cycles discharged at three or more C-rates.
     */
    static Optional<SvgPlot> rate(Table table) {
        Optional<Column> rate = column(table, "C-rate");
        Optional<Column> specific = column(table, "Specific Discharge Capacity");
        if (rate.isEmpty() || specific.isEmpty()) {
            return Optional.empty();
        }
        double[] c = rate.get().values();
        double[] q = specific.get().values();
        double[] x = new double[c.length];
        double[] y = new double[c.length];
        java.util.Set<Double> rates = new java.util.TreeSet<>();
        for (int i = 0; i < c.length; i++) {
            boolean drawn = c[i] > 0 && Double.isFinite(c[i]) && Double.isFinite(q[i]);
            x[i] = drawn ? c[i] : Double.NaN;
            y[i] = drawn ? q[i] : Double.NaN;
            if (drawn) {
                rates.add(c[i]);
            }
        }
        if (rates.size() < 3) {
            return Optional.empty();
        }
        return Optional.of(new SvgPlot("Specific discharge capacity vs C-rate", "C-rate",
                SvgPlot.axisTitle(specific.get().name(), specific.get().unit()),
                List.of(new SvgPlot.Series("", x, y, true)), false).withLogX());
    }

    /** Capacity retention per cycle in percent (the column holds a fraction unless its unit says %). */
    static Optional<SvgPlot> retention(Table table) {
        Optional<Column> cycle = column(table, CYCLE);
        Optional<Column> retention = column(table, "Retention");
        if (cycle.isEmpty() || retention.isEmpty()) {
            return Optional.empty();
        }
        double[] values = retention.get().values();
        double[] percent = retention.get().unit().equals("%") ? values : scaled(values, 100);
        return Optional.of(new SvgPlot("Capacity retention", CYCLE, "Retention (%)", cycle.get().values(), percent,
                true));
    }

    private static void write(Optional<SvgPlot> plot, String fileName, Output output) throws IOException {
        if (plot.isEmpty() || !plot.get().hasPoints()) {
            return;
        }
        try (OutputStream stream = output.open(fileName);
                Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            plot.get().write(out);
        }
    }

    private static Optional<Table> table(Result result, String name) {
        return result.tables().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static Optional<Column> column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static double[] scaled(double[] values, double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }
}
