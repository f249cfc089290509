package io.interphase.run.internal;

import io.interphase.api.InputFiles;
import io.interphase.api.analysis.Analysis;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.RecipeReader;
import io.interphase.api.run.Result;
import io.interphase.api.run.Solver;
import io.interphase.json.Json;
import io.interphase.launch.Command;
import io.interphase.run.RunFolder;
import io.interphase.run.RunPipeline;
import io.interphase.run.Study;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code workbench study [--recipes DIR] [--out DIR]}: every recipe of the study (E1–E8 for each layer, from
 * {@code sample-models/} by default) run on every core; each run's folder, {@code study.json} with every figure
 * per experiment and layer, {@code report.html} with the tables, the plots and the assumptions, and the
 * tables on stdout. E1's exchange current is fitted to each layer's simulated sweep by the {@code tafel}
 * analysis, as a measured sweep would be.
 */
@Component(service = Command.class, property = Command.NAME + "=study")
public final class StudyCommand implements Command {

    static final String USAGE = "usage: workbench study [--recipes DIR] [--out DIR]\n"
            + "  DIR of recipes: kinetics/<layer>.json (E1) and runs/eN-<experiment>-<layer>.json (default: sample-models)\n"
            + "  --out: the study's folder (default: runs/study-<time>): report.html, study.json, runs/<recipe>/";

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Solver> solvers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Exporter> exporters;
    @Reference
    private RecipeReader recipes;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(" + Analysis.NAME + "=tafel)")
    private volatile Analysis tafel;

    /** One recipe's outcome: its figures and its folder. */
    private record Outcome(Study.Entry entry, Map<String, Object> figures, Path folder) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!(args.get(i).equals("--recipes") || args.get(i).equals("--out")) || i + 1 >= args.size()) {
                err.println(args.get(i).equals("--help") ? USAGE : "error: unknown or incomplete option '" + args.get(i) + "'\n" + USAGE);
                return args.get(i).equals("--help") ? 0 : Command.USAGE;
            }
            options.put(args.get(i), args.get(i + 1));
        }
        return Guarded.run("the study", err, () -> {
            long started = System.nanoTime();
            List<Study.Entry> entries;
            try {
                entries = Study.entries(Path.of(options.getOrDefault("--recipes", "sample-models")));
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return Command.USAGE;
            }
            Path folder = Path.of(options.getOrDefault("--out",
                    "runs/study-" + java.time.LocalDateTime.now().withNano(0).toString().replace(":", "")));
            List<Outcome> outcomes = runAll(entries, folder, err);
            Map<String, Map<String, Map<String, Object>>> tables = new TreeMap<>();
            Map<String, Map<String, Path>> runs = new TreeMap<>();
            for (Outcome o : outcomes) {
                tables.computeIfAbsent(o.entry().experiment(), k -> new LinkedHashMap<>()).put(o.entry().layer(), o.figures());
                runs.computeIfAbsent(o.entry().experiment(), k -> new LinkedHashMap<>()).put(o.entry().layer(), o.folder());
            }
            List<String> layers = Study.layers(entries);
            double wall = (System.nanoTime() - started) / 1e9;
            int cores = Runtime.getRuntime().availableProcessors();
            Recipe first = recipes.read(Json.readObject(InputFiles.read(entries.get(0).file()), entries.get(0).file().toString()));
            Files.writeString(folder.resolve("report.html"), StudyPage.html(tables, runs, layers, first.materials().all(), wall, cores));
            Files.writeString(folder.resolve("study.json"), Json.write(Map.of("layers", layers, "experiments", tables,
                    "wall_time_s", wall, "cores", cores)) + "\n");
            print(tables, layers, out);
            err.printf(Locale.ROOT, "%d recipes in %.1f s on %d cores; %s%n", entries.size(), wall, cores, folder.resolve("report.html"));
            return 0;
        });
    }

    private List<Outcome> runAll(List<Study.Entry> entries, Path folder, PrintStream err) {
        List<Outcome> outcomes = Parallel.map(entries, e -> runOne(e, folder.resolve("runs").resolve(e.experiment() + "-" + e.layer())),
                n -> err.printf(Locale.ROOT, "\r%d of %d recipes done", n, entries.size()));
        err.println();
        return outcomes;
    }

    private Outcome runOne(Study.Entry e, Path folder) throws java.io.IOException {
        Recipe recipe = recipes.read(Json.readObject(InputFiles.read(e.file()), e.file().toString()));
        RunPipeline.Prepared prepared = RunPipeline.prepare(recipe, solvers, exporters);
        Result result = RunPipeline.run(prepared, Map.of(), SensitivityCommand.QUIET);
        RunFolder.write(result, prepared.exporters(), folder);
        Map<String, Object> figures = Study.figures(result);
        Analysis fit = tafel;
        if (e.experiment().startsWith("e1") && fit != null) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("sweep", Study.lastSweep(result, recipe.cell().cell().area()));
            request.put("temperature", recipe.cell().cell().temperature() + " K");
            Map<String, Object> report = fit.analyze(request);
            figures.put("tafel_i0_mA_cm2", report.get("i0_mA_cm2"));
            figures.put("tafel_alpha", report.get("alpha"));
        }
        return new Outcome(e, figures, folder);
    }

    private static void print(Map<String, Map<String, Map<String, Object>>> tables, List<String> layers, PrintStream out) {
        for (Map.Entry<String, Map<String, Map<String, Object>>> t : tables.entrySet()) {
            out.println("## " + t.getKey());
            List<String> columns = t.getValue().values().stream().flatMap(f -> f.keySet().stream()).distinct().toList();
            out.println("| layer | " + String.join(" | ", columns) + " |");
            out.println("|---" + "|---".repeat(columns.size()) + "|");
            for (String layer : layers) {
                Map<String, Object> f = t.getValue().get(layer);
                if (f != null) {
                    out.println("| " + layer + " | " + String.join(" | ", columns.stream().map(c -> StudyPage.text(f.get(c))).toList()) + " |");
                }
            }
            out.println();
        }
    }
}
