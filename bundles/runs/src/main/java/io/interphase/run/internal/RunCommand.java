package io.interphase.run.internal;

import io.interphase.api.InputFiles;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.RecipeReader;
import io.interphase.api.run.Result;
import io.interphase.api.run.Solver;
import io.interphase.json.Json;
import io.interphase.launch.Command;
import io.interphase.run.RunFolder;
import io.interphase.run.RunPipeline;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code workbench run RECIPE.json [--out DIR]}: the recipe's cell under its protocol, headless, with
 * the installed materials, solvers, protocols and exporters (the deploy folder's included); the recipe is read by
 * the one {@link RecipeReader}. The
 * summary goes to stdout, a progress bar to stderr; Ctrl-C stops the run and writes what it has.
 *
 * <p>Lifecycle: activate keeps the bundle context to list bundle versions for provenance.
 */
@Component(service = Command.class, property = Command.NAME + "=run")
public final class RunCommand implements Command {

    static final String USAGE = "usage: workbench run RECIPE.json [--out DIR]\n"
            + "  RECIPE.json: a cell description plus \"protocol\" (lines), optional \"solver\", \"outputs\" and \"parameters\"\n"
            + "  DIR: the run's folder (default: runs/<recipe>-<time>)";

    // DS replaces each list whole when a service comes or goes, so a run reads one consistent snapshot
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Solver> solvers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Exporter> exporters;
    private BundleContext context;

    @Reference
    private RecipeReader recipes;
    @Reference
    private ProtocolsCommand grammar;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.size() == 2 || args.size() > 3
                || args.size() == 3 && !args.get(1).equals("--out")) {
            if (args.contains("--help")) {
                out.println(USAGE + "\n  example: workbench run sample-models/runs/e3-ccd-sc-20-nano.json --out runs/ccd\n");
                out.print(grammar.describe());
                return 0;
            }
            err.println(USAGE);
            return Command.USAGE;
        }
        Path recipeFile = Path.of(args.get(0));
        return Guarded.run("the run", err, () -> {
            Recipe recipe = recipes.read(Json.readObject(InputFiles.read(recipeFile), recipeFile.toString()));
            RunPipeline.Prepared prepared = RunPipeline.prepare(recipe, solvers, exporters);
            Path folder = args.size() == 3 ? Path.of(args.get(2)) : defaultFolder(recipeFile);
            ConsoleProgress progress = new ConsoleProgress(err);
            Map<String, Object> caller = new LinkedHashMap<>();
            caller.put("command_line", "workbench run " + String.join(" ", args));
            caller.put("commit", RunPipeline.commit(context));
            Result result = RunPipeline.run(prepared, RunPipeline.bundles(context), progress, caller);
            progress.finish();
            if (result.summary().get("warning") instanceof String warning) {
                err.println("warning: " + warning);
            }
            if (result.summary().get("notes") instanceof List<?> notes) {
                notes.forEach(n -> err.println("note: " + n));
            }
            List<String> problems = RunFolder.write(result, prepared.exporters(), folder);
            problems.forEach(err::println);
            Path summary = folder.resolve("summary.json");
            // the JSON exporter's file, which writes NaN as null; without it, just the folder
            out.println("{\"folder\": " + Json.write(folder.toString()) + (Files.exists(summary)
                    ? ",\n\"summary\": " + Files.readString(summary).strip() : "") + "}");
            return problems.isEmpty() && !progress.isCancelled() ? 0 : FAILED;
        });
    }

    private static Path defaultFolder(Path recipe) {
        String name = recipe.getFileName().toString().replaceFirst("\\.json$", "");
        String time = java.time.LocalDateTime.now().withNano(0).toString().replace(":", "");
        return Path.of("runs", name + "-" + time);
    }
}
