package io.interphase.exporter.internal;

import io.interphase.api.InputFiles;
import io.interphase.api.InvalidInputException;
import io.interphase.launch.Command;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * {@code workbench overlay RUN... }: one column of several runs' CSV files in one figure, a colour and a legend
 * entry per run (the LLZTO fractions of E8 side by side, say). Reads the runs' own {@code cycles.csv} or
 * {@code timeseries.csv}; writes an SVG.
 *
 * <p>Lifecycle: none; stateless.
 */
@Component(service = Command.class, property = Command.NAME + "=overlay")
public final class OverlayCommand implements Command {

    static final String USAGE = """
            usage: workbench overlay RUN_FOLDER... [--table cycles|timeseries] [--x COLUMN] [--y COLUMN] [--out FILE.svg]
              one column of each run in one figure, a colour per run; defaults: cycles, x "Cycle Count",
              y "Specific Discharge Capacity" (timeseries: "Test Time" and "Voltage"); --out overlay.svg
              example: workbench overlay runs/study/runs/e3-ccd-sc-10-nano runs/study/runs/e3-ccd-sc-20-nano --table timeseries""";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? Command.USAGE : 0;
        }
        try {
            Map<String, String> options = new LinkedHashMap<>();
            List<Path> runs = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.startsWith("--")) {
                    if (!List.of("--table", "--x", "--y", "--out").contains(a) || i + 1 >= args.size()) {
                        throw new InvalidInputException(a, "unknown option or no value; allowed: --table, --x, --y, --out");
                    }
                    options.put(a, args.get(++i));
                } else {
                    runs.add(Path.of(a));
                }
            }
            Path file = Path.of(options.getOrDefault("--out", "overlay.svg"));
            write(plot(runs, options), file);
            out.println(file);
            return 0;
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> err.println("error: " + f.field() + ": " + f.message()));
            err.println(USAGE);
            return Command.USAGE;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + e.getFile());
            return Command.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("error: the overlay failed: " + e);
            return Command.FAILED;
        }
    }

    /** The figure of the runs' chosen columns. */
    static SvgPlot plot(List<Path> runs, Map<String, String> options) throws IOException {
        String table = options.getOrDefault("--table", "cycles");
        if (!table.equals("cycles") && !table.equals("timeseries")) {
            throw new InvalidInputException("--table", "cycles or timeseries, got '" + table + "'");
        }
        boolean cycles = table.equals("cycles");
        String x = options.getOrDefault("--x", cycles ? "Cycle Count" : "Test Time");
        String y = options.getOrDefault("--y", cycles ? "Specific Discharge Capacity" : "Voltage");
        if (runs.isEmpty()) {
            throw new InvalidInputException("RUN_FOLDER", "name at least one run folder");
        }
        List<SvgPlot.Series> series = new ArrayList<>();
        String yUnit = "";
        String xUnit = "";
        for (Path run : runs) {
            RunCsv csv = RunCsv.read(run.resolve(table + ".csv"));
            series.add(new SvgPlot.Series(run.toAbsolutePath().normalize().getFileName().toString(), csv.column(x),
                    csv.column(y), false));
            xUnit = csv.unit(x);
            yUnit = csv.unit(y);
        }
        return new SvgPlot(y + " of " + runs.size() + " runs", SvgPlot.axisTitle(x, xUnit), SvgPlot.axisTitle(y, yUnit),
                series, cycles && x.equals("Cycle Count"));
    }

    private static void write(SvgPlot plot, Path file) throws IOException {
        if (!plot.hasPoints()) {
            throw new InvalidInputException("--y", "no run has a finite value in that column");
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            plot.write(w);
        }
    }

    /** A run's CSV as the CSV exporter writes it: a {@code Name / unit} header, then numbers (empty for none). */
    record RunCsv(Path file, List<String> names, List<String> units, double[][] values) {

        static RunCsv read(Path file) throws IOException {
            List<String> lines = InputFiles.read(file).lines().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) {
                throw new InvalidInputException(file.toString(), "is empty; expected a header of 'Name / unit' columns");
            }
            List<String> names = new ArrayList<>();
            List<String> units = new ArrayList<>();
            for (String h : lines.get(0).split(",", -1)) {
                String cell = h.strip().replaceAll("^\"|\"$", "");
                int slash = cell.indexOf(" / ");
                names.add(slash < 0 ? cell : cell.substring(0, slash));
                String unit = slash < 0 ? "" : cell.substring(slash + 3);
                units.add(unit.equals("1") ? "" : unit);
            }
            double[][] values = new double[names.size()][lines.size() - 1];
            for (int r = 1; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < names.size(); c++) {
                    String v = c < cells.length ? cells[c].strip() : "";
                    try {
                        values[c][r - 1] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException(file + " line " + (r + 1) + ", column " + (c + 1), "not a number: '" + v + "'");
                    }
                }
            }
            return new RunCsv(file, names, units, values);
        }

        double[] column(String name) {
            int c = names.indexOf(name);
            if (c < 0) {
                throw new InvalidInputException(name, "no such column in " + file + "; its columns: " + String.join(", ", names));
            }
            return values[c];
        }

        String unit(String name) {
            return units.get(names.indexOf(name));
        }
    }
}
