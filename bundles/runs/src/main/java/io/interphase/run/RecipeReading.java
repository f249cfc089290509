package io.interphase.run;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.CellModel;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.PropertyKey;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Protocol;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.RecipeReader;
import io.interphase.api.run.Solver;
import io.interphase.api.run.Step;
import io.interphase.protocol.ProtocolParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Reads a recipe against a snapshot of the services, collecting every bad field before it gives up: the one
 * reader of a recipe's fields, behind {@code workbench run}, {@code workbench simulate}, the REST API and the
 * shell. The cell comes first, with the recipe's parameters in place; its nominal capacity fixes what 1C is, so
 * that the protocol is parsed once, and the kinds of step it holds then choose the solver.
 */
public final class RecipeReading {

    /** The services a recipe is read against, as they were when the reading started. */
    public record Services(CellModel cellModel, MaterialCatalog materials, List<Solver> solvers, List<Protocol> protocols,
            List<Exporter> exporters) {
        public Services {
            // a researcher's half-finished solver, protocol or exporter whose identity throws is left out, never the
            // reading's end (health names it)
            solvers = solvers.stream().filter(sv -> answers(() -> sv.id() != null && sv.capabilities() != null)).toList();
            protocols = protocols.stream().filter(p -> answers(() -> p.id() != null)).toList();
            exporters = exporters.stream().filter(e -> answers(() -> e.formatId() != null)).toList();
        }

        private static boolean answers(java.util.function.BooleanSupplier identity) {
            try {
                return identity.getAsBoolean();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }

    private final Services services;
    private final List<FieldError> errors = new ArrayList<>();

    private RecipeReading(Services services) {
        this.services = services;
    }

    /** @see RecipeReader#read */
    public static Recipe read(Map<String, ?> recipe, Services services) {
        return new RecipeReading(services).recipe(recipe);
    }

    private Recipe recipe(Map<String, ?> given) {
        if (given == null) {
            throw new InvalidInputException("recipe", "expected a JSON object: a cell description plus \"protocol\"");
        }
        List<String> lines = collect(() -> RecipeFields.protocol(given.get("protocol")), List.of());
        Object solverField = given.get("solver");
        if (solverField != null && !(solverField instanceof String)) {
            errors.add(new FieldError("solver", "the id of a solver, such as \"cycling\"; installed: " + Capabilities.ids(services.solvers())));
        }
        List<String> outputs = collect(() -> RecipeFields.outputs(given.get("outputs"), services.exporters()), List.of());
        Recipe.Sweep sweep = collect(() -> RecipeFields.sweep(given.get("sweep")), Recipe.Sweep.DEFAULT);
        Recipe.Spectrum spectrum = collect(() -> RecipeFields.spectrum(given.get("eis")), Recipe.Spectrum.DEFAULT);
        MaterialCatalog materials = collect(() -> ParameterOverrides.apply(given.get("parameters"), services.materials()),
                null);
        CellProperties cell = materials == null ? null : collect(() -> cell(given, materials), null);
        if (cell == null) {
            throw new InvalidInputException(errors);
        }
        double capacity = nominalCapacity(cell, materials);
        List<Step> steps = lines.isEmpty() ? List.of()
                : collect(() -> ProtocolParser.parse(lines, services.protocols(), () -> oneC(capacity),
                        () -> cell.cell().area()), List.of());
        Optional<String> solver = Optional.empty();
        if (errors.isEmpty()) {
            solver = collect(() -> Capabilities.choose((String) solverField, cell, steps, services.solvers()),
                    Optional.empty());
        } else if (solverField instanceof String id) { // what the steps need is unknown, but the solver may be
            collect(() -> Capabilities.find(id, services.solvers()), null);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Recipe(new LinkedHashMap<>(given), cell, materials, lines, steps, capacity, solver, outputs, sweep,
                spectrum);
    }

    /** The value read, or the fallback with the reader's errors kept for the report. */
    private <T> T collect(Supplier<T> reader, T fallback) {
        try {
            return reader.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return fallback;
        }
    }

    /** The cell: every field that is not a recipe's, read and evaluated by the cell model. */
    private CellProperties cell(Map<String, ?> given, MaterialCatalog materials) {
        Map<String, Object> description = new LinkedHashMap<>(given);
        description.keySet().removeAll(RecipeReader.RECIPE_FIELDS);
        try {
            return services.cellModel().evaluate(services.cellModel().read(description, materials), materials);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(RecipeReading::withRecipeFields).toList());
        }
    }

    /** An unknown top-level field is not the cell's, but it may be a misspelt recipe field: name those too. */
    private static FieldError withRecipeFields(FieldError e) {
        if (e.field().indexOf('.') < 0 && e.field().indexOf('[') < 0 && e.message().startsWith("unknown field")) {
            return new FieldError(e.field(), e.message() + "; or a recipe's: "
                    + String.join(", ", new TreeSet<>(RecipeReader.RECIPE_FIELDS)));
        }
        return e;
    }

    /**
     * What 1C passes per area in one hour, C/m²: the practical capacity of the cell's cathode-active material at
     * the cell's temperature times its mass per area (the basis on which researchers quote C-rates); NaN without one.
     */
    static double nominalCapacity(CellProperties cell, MaterialCatalog materials) {
        return cathodeActive(cell, materials).map(m -> activeMassPerArea(cell, materials)
                * m.property(PropertyKey.PRACTICAL_CAPACITY).map(p -> p.at(cell.cell().temperature())).orElse(Double.NaN))
                .orElse(Double.NaN);
    }

    /** The mass of the cathode's active material per cell area, kg/m²; NaN without a cathode. */
    static double activeMassPerArea(CellProperties cell, MaterialCatalog materials) {
        return cathodeActive(cell, materials)
                .map(m -> cell.layers().stream().mapToDouble(l -> l.massPerArea(m.id())).sum()).orElse(Double.NaN);
    }

    /** The first cathode-active material of the cell, from the negative side. */
    private static Optional<Material> cathodeActive(CellProperties cell, MaterialCatalog materials) {
        return cell.layers().stream().flatMap(l -> l.layer().constituents().stream())
                .map(c -> materials.find(c.material()).orElse(null))
                .filter(m -> m != null && m.role() == MaterialRole.CATHODE_ACTIVE).findFirst();
    }

    private static double oneC(double nominalCapacity) {
        if (!(nominalCapacity > 0)) {
            throw new InvalidInputException("protocol", "a C-rate needs a cell with a cathode; this cell has no capacity, "
                    + "so give currents as current densities such as '2 mA/cm2'");
        }
        return nominalCapacity / 3600;
    }
}
