package io.interphase.run;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Progress;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.Result;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.Solver;
import io.interphase.api.run.Step;
import io.interphase.api.run.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run from recipe to result: {@link #prepare} takes a recipe that a {@link io.interphase.api.run.RecipeReader}
 * has read and checked, and starts its solver; {@link #run} walks the protocol on the prepared simulation. The
 * recipe's materials, the solver and the exporters are a snapshot taken when the run starts, so bundles that come
 * and go later do not touch it.
 */
public final class RunPipeline {

    /** A run ready to go: its recipe, solver, a fresh simulation and its exporters. */
    public record Prepared(Recipe recipe, Solver solver, Simulation simulation, List<Exporter> exporters) {
    }

    private RunPipeline() {
    }

    /**
     * Starts the recipe's solver, from the solvers and exporters installed now (a snapshot).
     *
     * @throws InvalidInputException if the recipe has no protocol, or its solver or exporters left since it was read
     */
    public static Prepared prepare(Recipe recipe, List<Solver> solvers, List<Exporter> exporters) {
        if (recipe.steps().isEmpty()) {
            throw new InvalidInputException("protocol", "a run needs \"protocol\": a list of lines such as "
                    + "[\"Charge at 1C until 4.2 V\", \"Discharge at 1C until 3.0 V\"]");
        }
        String id = recipe.solver().orElseThrow();
        Solver solver = solvers.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("solver", "the solver '" + id + "' is no longer installed"));
        List<Exporter> chosen = recipe.outputs().isEmpty() ? List.copyOf(exporters)
                : RecipeFields.exportersOf(recipe.outputs(), exporters);
        return new Prepared(recipe, solver, solver.start(recipe.cell(), recipe.materials(), options(recipe)), chosen);
    }

    /** The recipe's {@code "options"} for its solver: an object, empty when absent. */
    private static Map<String, ?> options(Recipe recipe) {
        Object options = recipe.given().get("options");
        if (options == null) {
            return Map.of();
        }
        if (!(options instanceof Map<?, ?> m) || !m.keySet().stream().allMatch(String.class::isInstance)) {
            throw new InvalidInputException("options", "an object of the solver's settings, such as "
                    + "{\"grid\": \"0.25 um\"}");
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> typed = (Map<String, ?>) m;
        return typed;
    }

    /**
     * Walks the protocol; returns what was produced, also when the cell failed or the run was cancelled.
     *
     * @param bundles the installed bundles' versions by symbolic name, for the provenance
     */
    public static Result run(Prepared p, Map<String, String> bundles, Progress progress) {
        return run(p, bundles, progress, Map.of());
    }

    /**
     * The same, with what only the caller knows for the provenance (the command line, the commit it was built
     * from), listed before the rest.
     */
    public static Result run(Prepared p, Map<String, String> bundles, Progress progress, Map<String, Object> caller) {
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
        summary.putAll(p.simulation().figures());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.putAll(caller);
        metadata.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        metadata.put("recipe_sha256", sha256(io.interphase.json.Json.write(recipe.given())));
        metadata.put("recipe", RecipeFields.resolved(recipe));
        metadata.put("solver", p.solver().id());
        metadata.put("bundles", Map.copyOf(bundles));
        metadata.put("parameters", p.simulation().parameters());
        metadata.put("start", start.toString());
        metadata.put("end", Instant.now().toString());
        metadata.put("wall_time_s", (System.nanoTime() - t0) / 1e9);
        List<Table> tables = new ArrayList<>(recording.tables(retention));
        tables.addAll(p.simulation().tables());
        return new Result(tables, summary, metadata, recording.fields());
    }

    /** The recipe as given, hashed: two runs of the same text have the same hash. */
    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The commit the workbench was built from (the launcher's framework property), "unknown" without one. */
    public static String commit(org.osgi.framework.BundleContext context) {
        String c = context == null ? null : context.getProperty("interphase.commit");
        return c == null ? "unknown" : c;
    }

    /** The installed bundles' versions by symbolic name, for a run's provenance; empty without a context. */
    public static Map<String, String> bundles(org.osgi.framework.BundleContext context) {
        Map<String, String> versions = new java.util.TreeMap<>();
        if (context != null) {
            for (org.osgi.framework.Bundle b : context.getBundles()) {
                if (b.getSymbolicName() != null) {
                    versions.put(b.getSymbolicName(), b.getVersion().toString());
                }
            }
        }
        return versions;
    }

    /** The mass of the cathode's active material in the cell, kg; NaN without a cathode. */
    private static double activeMass(Recipe recipe) {
        return RecipeReading.activeMassPerArea(recipe.cell(), recipe.materials()) * recipe.cell().cell().area();
    }
}
