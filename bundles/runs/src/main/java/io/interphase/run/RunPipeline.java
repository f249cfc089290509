package io.interphase.run;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.CellModel;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Result;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.Solver;
import io.interphase.api.run.Step;
import io.interphase.protocol.ProtocolParser;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run from recipe to result: {@link #prepare} checks everything that can be checked before the
 * first step (cell, solver, protocol, outputs) so a bad recipe fails at once with every field named;
 * {@link #run} walks the protocol on the prepared simulation. The services are a snapshot taken when
 * the run starts, so bundles that come and go later do not touch it.
 */
public final class RunPipeline {

    /** Recipe keys that are not part of the cell description. */
    public static final Set<String> RUN_KEYS = Set.of("protocol", "solver", "outputs", "parameters", "sweep", "eis");

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

    /** A run ready to go: its cell, solver, a fresh simulation, its steps and its exporters. */
    public record Prepared(Map<String, Object> recipe, CellProperties cell, Solver solver, Simulation simulation,
            List<String> protocol, List<Step> steps, List<Exporter> exporters, double activeMass) {
    }

    private RunPipeline() {
    }

    /** @throws InvalidInputException naming every bad field of the recipe */
    public static Prepared prepare(Map<String, Object> recipe, Services services) {
        List<String> lines = RecipeFields.protocol(recipe);
        List<Exporter> exporters = RecipeFields.outputs(recipe, services.exporters());
        Map<String, Object> description = new LinkedHashMap<>(recipe);
        description.keySet().removeAll(RUN_KEYS);
        MaterialCatalog materials = ParameterOverrides.apply(recipe.get("parameters"), services.materials());
        CellProperties cell = services.cellModel().evaluate(services.cellModel().read(description, materials), materials);
        // what kinds of step the protocol holds does not depend on what 1C is, so a first reading picks the solver
        Set<Solver.Capability> needed = Capabilities.needed(ProtocolParser.parse(lines, services.protocols(), () -> 1));
        Solver solver = solver(recipe.get("solver"), cell, services.solvers(), needed);
        Simulation simulation = solver.start(cell, materials);
        List<Step> steps = ProtocolParser.parse(lines, services.protocols(), () -> oneC(simulation));
        return new Prepared(recipe, cell, solver, simulation, lines, steps, exporters, activeMass(cell, materials));
    }

    /** Walks the protocol; returns what was produced, also when the cell failed or the run was cancelled. */
    public static Result run(Prepared p, Services services, Progress progress) {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        Recording recording = new Recording(p.cell().cell().area(), p.activeMass());
        StepWalker walker = new StepWalker(p.simulation(), recording, new RunProgress(p.steps(), progress));
        walker.walk(p.steps());
        boolean fullCell = !Double.isNaN(p.simulation().nominalCapacity());
        double[] retention = Summary.retention(recording, fullCell);
        boolean ramp = p.steps().stream().anyMatch(s -> s instanceof Step.Ramp);
        boolean currentSteps = Capabilities.needed(p.steps()).contains(Solver.Capability.CONSTANT_CURRENT);
        Map<String, Object> summary = Summary.of(recording, walker, retention, fullCell, ramp, currentSteps);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("recipe", RecipeFields.resolved(p));
        metadata.put("solver", p.solver().id());
        metadata.put("bundles", services.bundles());
        metadata.put("parameters", p.simulation().parameters());
        metadata.put("start", start.toString());
        metadata.put("end", Instant.now().toString());
        metadata.put("wall_time_s", (System.nanoTime() - t0) / 1e9);
        return new Result(recording.tables(retention), summary, metadata);
    }

    private static double oneC(Simulation simulation) {
        double capacity = simulation.nominalCapacity();
        if (!(capacity > 0)) {
            throw new InvalidInputException("protocol", "a C-rate needs a cell with a cathode; this cell has no capacity, "
                    + "so give currents as current densities such as '2 mA/cm2'");
        }
        return capacity / 3600;
    }

    /** The recipe's solver, which must answer every kind of step; else the best suited of those that do. */
    private static Solver solver(Object requested, CellProperties cell, List<Solver> solvers, Set<Solver.Capability> needed) {
        List<String> ids = solvers.stream().map(Solver::id).sorted().toList();
        if (requested != null) {
            Solver chosen = solvers.stream().filter(s -> s.id().equals(requested)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("solver", "no installed solver '" + requested
                            + "'; installed: " + String.join(", ", ids)));
            Capabilities.check(needed, chosen);
            return chosen;
        }
        return solvers.stream().filter(s -> s.suitability(cell) > 0 && s.capabilities().containsAll(needed))
                .max(Comparator.comparingInt(s -> s.suitability(cell)))
                .orElseThrow(() -> new InvalidInputException("solver", "no installed solver can run " + needed
                        + " steps on this cell; installed: " + (ids.isEmpty() ? "none" : Capabilities.describe(solvers, cell))));
    }

    /** The mass of the cathode's active material in the cell, kg; NaN without a cathode. */
    static double activeMass(CellProperties cell, MaterialCatalog materials) {
        for (LayerProperties layer : cell.layers()) {
            for (Constituent c : layer.layer().constituents()) {
                Material m = materials.find(c.material()).orElse(null);
                if (m != null && m.role() == MaterialRole.CATHODE_ACTIVE) {
                    return layer.massPerArea(c.material()) * cell.cell().area();
                }
            }
        }
        return Double.NaN;
    }
}
