package io.interphase.run;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.CellModel;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.Result;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.Solver;
import io.interphase.api.run.Step;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run from recipe to result: {@link #prepare} takes a recipe that {@link RecipeReading} has read and checked,
 * and starts its solver; {@link #run} walks the protocol on the prepared simulation. The services are a snapshot
 * taken when the run starts, so bundles that come and go later do not touch it.
 */
public final class RunPipeline {

    /** The services a run uses, as they were when it started. */
    public record Services(CellModel cellModel, MaterialCatalog materials, List<Solver> solvers, List<Protocol> protocols,
            List<Exporter> exporters, Map<String, String> bundles) {
        public Services {
            solvers = List.copyOf(solvers);
            protocols = List.copyOf(protocols);
            exporters = List.copyOf(exporters);
            bundles = Map.copyOf(bundles);
        }
    }

    /** A run ready to go: its recipe, solver, a fresh simulation and its exporters. */
    public record Prepared(Recipe recipe, Solver solver, Simulation simulation, List<Exporter> exporters) {
    }

    private RunPipeline() {
    }

    /** @throws InvalidInputException if the recipe has no protocol, or its solver or exporters left meanwhile */
    public static Prepared prepare(Recipe recipe, Services services) {
        if (recipe.steps().isEmpty()) {
            throw new InvalidInputException("protocol", "a run needs \"protocol\": a list of lines such as "
                    + "[\"Charge at 1C until 4.2 V\", \"Discharge at 1C until 3.0 V\"]");
        }
        String id = recipe.solver().orElseThrow();
        Solver solver = services.solvers().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("solver", "the solver '" + id + "' is no longer installed"));
        List<Exporter> exporters = recipe.outputs().isEmpty() ? services.exporters()
                : RecipeFields.exportersOf(recipe.outputs(), services.exporters());
        return new Prepared(recipe, solver, solver.start(recipe.cell(), recipe.materials()), exporters);
    }

    /** Walks the protocol; returns what was produced, also when the cell failed or the run was cancelled. */
    public static Result run(Prepared p, Services services, Progress progress) {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        Recipe recipe = p.recipe();
        Recording recording = new Recording(recipe.cell().cell().area(), activeMass(recipe));
        StepWalker walker = new StepWalker(p.simulation(), recording, new RunProgress(recipe.steps(), progress));
        walker.walk(recipe.steps());
        boolean fullCell = recipe.hasCapacity();
        double[] retention = Summary.retention(recording, fullCell);
        boolean ramp = recipe.steps().stream().anyMatch(s -> s instanceof Step.Ramp);
        boolean currentSteps = Capabilities.needed(recipe.steps()).contains(Solver.Capability.CONSTANT_CURRENT);
        Map<String, Object> summary = Summary.of(recording, walker, retention, fullCell, ramp, currentSteps);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("recipe", RecipeFields.resolved(recipe));
        metadata.put("solver", p.solver().id());
        metadata.put("bundles", services.bundles());
        metadata.put("parameters", p.simulation().parameters());
        metadata.put("start", start.toString());
        metadata.put("end", Instant.now().toString());
        metadata.put("wall_time_s", (System.nanoTime() - t0) / 1e9);
        return new Result(recording.tables(retention), summary, metadata);
    }

    /** The mass of the cathode's active material in the cell, kg; NaN without a cathode. */
    private static double activeMass(Recipe recipe) {
        return RecipeReading.activeMassPerArea(recipe.cell(), recipe.materials()) * recipe.cell().cell().area();
    }
}
