package io.interphase.run.internal;

import io.interphase.api.InputFiles;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.RecipeReader;
import io.interphase.api.run.Result;
import io.interphase.api.run.Solver;
import io.interphase.api.units.Units;
import io.interphase.json.Json;
import io.interphase.launch.Command;
import io.interphase.run.RunPipeline;
import io.interphase.run.Sensitivity;
import io.interphase.run.TornadoSvg;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code workbench sensitivity RECIPE.json [--factor F] [--out DIR]}: the recipe's run, and the same run with each
 * assumption of its materials divided and multiplied by F (default 2), on every core; a table on stdout and
 * {@code sensitivity.csv}, {@code sensitivity.json} and a tornado plot per figure in DIR.
 */
@Component(service = Command.class, property = Command.NAME + "=sensitivity")
public final class SensitivityCommand implements Command {

    static final String USAGE = "usage: workbench sensitivity RECIPE.json [--factor F] [--out DIR]\n"
            + "  runs the recipe, then once with each assumed material property divided by F and once multiplied by F\n"
            + "  (default 2), and reports every headline figure against each (CCD, hours to short, capacities, cycles to 80 %)\n"
            + "  DIR: sensitivity.csv, sensitivity.json, tornado-<figure>.svg (default: runs/<recipe>-sensitivity)";

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Solver> solvers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Exporter> exporters;
    @Reference
    private RecipeReader recipes;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        if (args.isEmpty() || args.contains("--help") || !options(args.subList(1, args.size()), options, err)) {
            err.println(USAGE);
            return args.contains("--help") ? 0 : Command.USAGE;
        }
        Path recipeFile = Path.of(args.get(0));
        double factor;
        try {
            factor = Double.parseDouble(options.getOrDefault("--factor", "2"));
        } catch (NumberFormatException e) {
            err.println("error: --factor: expected a number above 1, got '" + options.get("--factor") + "'");
            return Command.USAGE;
        }
        return Guarded.run("the sensitivity study", err, () -> {
            Recipe base = recipes.read(Json.readObject(InputFiles.read(recipeFile), recipeFile.toString()));
            Sensitivity.Report report = Sensitivity.of(base, factor, list -> runAll(list, err));
            Path folder = Path.of(options.getOrDefault("--out",
                    "runs/" + recipeFile.getFileName().toString().replaceFirst("\\.json$", "") + "-sensitivity"));
            write(report, folder);
            print(report, out);
            report.leftOut().forEach(l -> err.println("left out: " + l));
            err.println("files in " + folder);
            return 0;
        });
    }

    private static boolean options(List<String> rest, Map<String, String> options, PrintStream err) {
        for (int i = 0; i < rest.size(); i += 2) {
            String name = rest.get(i);
            if (!(name.equals("--factor") || name.equals("--out")) || i + 1 >= rest.size()) {
                err.println("error: unknown or incomplete option '" + name + "'");
                return false;
            }
            options.put(name, rest.get(i + 1));
        }
        return true;
    }

    /** Every recipe's run, on every core, in order. */
    private List<Result> runAll(List<Map<String, Object>> list, PrintStream err) {
        List<Result> results = Parallel.map(list,
                given -> RunPipeline.run(RunPipeline.prepare(recipes.read(given), solvers, exporters), Map.of(), QUIET),
                n -> err.printf(Locale.ROOT, "\rrun %d of %d done", n, list.size()));
        err.println();
        return results;
    }

    static final Progress QUIET = new Progress() {
        @Override
        public void report(double fraction, String note) {
            // the command reports whole runs
        }

        @Override
        public boolean isCancelled() {
            return Thread.currentThread().isInterrupted();
        }
    };

    private static void write(Sensitivity.Report report, Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder csv = new StringBuilder("material,property,value,unit,figure,base,low,high\n");
        List<Map<String, Object>> json = new ArrayList<>();
        for (Sensitivity.Row r : report.rows()) {
            csv.append(String.join(",", r.variation().material(), r.variation().property(), Units.format(r.variation().value()),
                    r.variation().unit(), r.figure(), number(r.base()), number(r.low()), number(r.high()))).append('\n');
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("parameter", r.variation().name());
            row.put("value", r.variation().value() + " " + r.variation().unit());
            row.put("figure", r.figure());
            row.put("base", r.base());
            row.put("low", r.low());
            row.put("high", r.high());
            json.add(row);
        }
        Files.writeString(folder.resolve("sensitivity.csv"), csv);
        Files.writeString(folder.resolve("sensitivity.json"), Json.write(Map.of("factor", report.factor(), "base", report.base(),
                "rows", json, "leftOut", report.leftOut())) + "\n");
        for (String figure : report.base().keySet()) {
            String svg = TornadoSvg.of(figure, report.factor(), report.rows().stream().filter(r -> r.figure().equals(figure)).toList());
            if (svg != null) {
                Files.writeString(folder.resolve("tornado-" + figure.replaceAll("[^A-Za-z0-9_.-]", "_") + ".svg"), svg);
            }
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Units.format(v) : "";
    }

    private static void print(Sensitivity.Report report, PrintStream out) {
        for (String figure : report.base().keySet()) {
            out.printf(Locale.ROOT, "%s = %s (base); with each assumption ÷%s and ×%s:%n", figure,
                    Units.format(report.base().get(figure)), Units.format(report.factor()), Units.format(report.factor()));
            report.rows().stream().filter(r -> r.figure().equals(figure))
                    .sorted((a, b) -> Double.compare(b.swing(), a.swing()))
                    .forEach(r -> out.printf(Locale.ROOT, "  %-45s %12s %12s%n", r.variation().name(), number(r.low()), number(r.high())));
        }
    }
}
