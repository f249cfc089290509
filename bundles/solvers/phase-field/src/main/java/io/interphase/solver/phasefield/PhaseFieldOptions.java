package io.interphase.solver.phasefield;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The recipe's {@code "options"} for the phase-field solver, SI, each checked with the field it came from. Defaults
 * are the reference study's set-up (its Figure 6): 5 µm of Li below the interlayer, 10 µm of electrolyte above it,
 * a section 20 µm wide, on a grid of 0.25 µm (six cells across the 1.5 µm interface of Chen et al. 2015).
 *
 * @param width the section's width, m (periodic across)
 * @param grid cell edge, m
 * @param lithium Li metal below the interlayer, m
 * @param electrolyte electrolyte above it, m
 * @param fieldsEvery time between field snapshots, s; 0 for 20 snapshots a step
 * @param seed the random packing's seed
 * @param maxStep the largest time step, s
 * @param interfaceThickness Chen et al.'s δ = 4 √(κ / 2W), m
 * @param interfaceEnergy Li | electrolyte interface energy γ = √(κ W) / (3 √2), J/m²
 * @param contactExchangeCurrent exchange current density of the interlayer's electron | ion conductor contacts,
 *        A/m²; NaN for the Li metal's own (the same Li⁺/Li couple)
 */
record PhaseFieldOptions(double width, double grid, double lithium, double electrolyte, double fieldsEvery, long seed,
        double maxStep, double interfaceThickness, double interfaceEnergy, double contactExchangeCurrent) {

    static final PhaseFieldOptions DEFAULT = new PhaseFieldOptions(20e-6, 0.25e-6, 5e-6, 10e-6, 0, 1, 1.0, 1.5e-6, 0.556,
            Double.NaN);
    /** Cells across the interface thickness the grid must give at least (Chen et al. 2015; docs/physics.md §3.4). */
    static final double CELLS_PER_INTERFACE = 4;
    private static final Set<String> NAMES = Set.of("width", "grid", "lithium", "electrolyte", "fieldsEvery", "seed",
            "maxStep", "interfaceThickness", "interfaceEnergy", "contactExchangeCurrent");

    /** The options as given, defaults for the rest; every error at once, each naming its field. */
    static PhaseFieldOptions read(Map<String, ?> given) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : given.keySet()) {
            if (!NAMES.contains(key)) {
                errors.add(new FieldError("options." + key, "unknown option of the phase-field solver; allowed: "
                        + String.join(", ", new TreeSet<>(NAMES))));
            }
        }
        Reader r = new Reader(given, errors);
        PhaseFieldOptions d = DEFAULT;
        double width = r.positive("width", Dimension.LENGTH, d.width);
        double grid = r.positive("grid", Dimension.LENGTH, d.grid);
        double lithium = r.positive("lithium", Dimension.LENGTH, d.lithium);
        double electrolyte = r.positive("electrolyte", Dimension.LENGTH, d.electrolyte);
        double fieldsEvery = r.positive("fieldsEvery", Dimension.TIME, d.fieldsEvery);
        double maxStep = r.positive("maxStep", Dimension.TIME, d.maxStep);
        double thickness = r.positive("interfaceThickness", Dimension.LENGTH, d.interfaceThickness);
        double energy = r.positive("interfaceEnergy", Dimension.ENERGY.times(Dimension.AREA.pow(-1)), d.interfaceEnergy);
        double contact = r.positive("contactExchangeCurrent", Dimension.CURRENT_DENSITY, d.contactExchangeCurrent);
        long seed = r.seed();
        if (errors.isEmpty() && grid > thickness / CELLS_PER_INTERFACE) {
            errors.add(new FieldError("options.grid", "a grid of " + um(grid) + " um does not resolve the "
                    + um(thickness) + " um interface; at most " + um(thickness / CELLS_PER_INTERFACE) + " um ("
                    + (int) CELLS_PER_INTERFACE + " cells across it)"));
        }
        if (errors.isEmpty()) {
            fourCells("width", width, grid, errors);
            fourCells("lithium", lithium, grid, errors);
            fourCells("electrolyte", electrolyte, grid, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PhaseFieldOptions(width, grid, lithium, electrolyte, fieldsEvery, seed, maxStep, thickness, energy,
                contact);
    }

    private static void fourCells(String name, double length, double grid, List<FieldError> errors) {
        if (length < 4 * grid) {
            errors.add(new FieldError("options." + name, um(length) + " um is less than 4 grid cells of " + um(grid) + " um"));
        }
    }

    /** The double-well height W from γ and δ: κ W = 18 γ² and κ / W = δ² / 8 (Chen et al. 2015's pair); J/m³. */
    double barrier() {
        return 18 * interfaceEnergy * interfaceEnergy / gradientCoefficient();
    }

    /** κ = (3/2) γ δ, J/m. */
    double gradientCoefficient() {
        return 1.5 * interfaceEnergy * interfaceThickness;
    }

    static String um(double metres) {
        return Units.format(metres * 1e6);
    }

    /** Reads one option at a time, keeping errors. */
    private record Reader(Map<String, ?> given, List<FieldError> errors) {

        double positive(String name, Dimension dimension, double fallback) {
            Object v = given.get(name);
            if (v == null) {
                return fallback;
            }
            String field = "options." + name;
            if (!(v instanceof String text)) {
                errors.add(new FieldError(field, "a quantity with its unit as a string, such as \"" + example(dimension) + "\""));
                return fallback;
            }
            try {
                double x = Units.parse(text, dimension);
                if (!(x > 0) || !Double.isFinite(x)) {
                    errors.add(new FieldError(field, "must be positive and finite, got " + text));
                }
                return x;
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, e.getMessage()));
                return fallback;
            }
        }

        long seed() {
            Object v = given.get("seed");
            if (v == null) {
                return DEFAULT.seed;
            }
            if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15) {
                return n.longValue();
            }
            errors.add(new FieldError("options.seed", "a whole number (the random packing's seed), got " + v));
            return DEFAULT.seed;
        }

        private static String example(Dimension d) {
            return d.equals(Dimension.TIME) ? "1 s" : d.equals(Dimension.CURRENT_DENSITY) ? "5 mA/cm2"
                    : d.equals(Dimension.LENGTH) ? "0.25 um" : "0.556 J/m2";
        }
    }
}
