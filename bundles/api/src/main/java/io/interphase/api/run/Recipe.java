package io.interphase.api.run;

import io.interphase.api.cell.CellProperties;
import io.interphase.api.material.MaterialCatalog;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A recipe read and checked by a {@link RecipeReader}: what {@code workbench run}, {@code workbench simulate}, the
 * REST API and the shell all take. SI throughout.
 *
 * @param given the recipe as written (JSON objects as maps), for the run's provenance
 * @param cell the cell read and evaluated at its temperature with {@code materials}
 * @param materials the installed materials with the recipe's {@code "parameters"} in place, a snapshot
 * @param protocol the protocol's lines as written; empty when the recipe has none (a cell to simulate)
 * @param steps the protocol parsed once, C-rates resolved against {@code nominalCapacity}; empty without a protocol
 * @param nominalCapacity the charge per area that 1C passes in one hour, C/m²: the cathode's practical capacity
 *     times its active mass; NaN for a cell without a cathode
 * @param solver the id of the solver the recipe names or, without one, of the best suited installed solver that
 *     answers every kind of step; empty when the recipe has no protocol and names none
 * @param outputs the ids of the exporters the recipe names; empty for every installed one
 * @param sweep the settings of a simulated Tafel sweep ({@code "sweep"})
 * @param spectrum the settings of a simulated impedance spectrum ({@code "eis"})
 */
public record Recipe(Map<String, Object> given, CellProperties cell, MaterialCatalog materials, List<String> protocol,
        List<Step> steps, double nominalCapacity, Optional<String> solver, List<String> outputs, Sweep sweep,
        Spectrum spectrum) {

    public Recipe {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(materials, "materials");
        protocol = List.copyOf(protocol);
        steps = List.copyOf(steps);
        Objects.requireNonNull(solver, "solver");
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(sweep, "sweep");
        Objects.requireNonNull(spectrum, "spectrum");
    }

    /** True when the cell has a cathode, so that C-rates, capacities and retention apply. */
    public boolean hasCapacity() {
        return nominalCapacity > 0;
    }

    /**
     * {@code "sweep": {"maxVoltage": "0.3 V", "points": 61}}: a symmetric cell's steady sweep from −maxVoltage to
     * +maxVoltage. An empty field leaves the choice to the command (its option or its default).
     */
    public record Sweep(OptionalDouble maxVoltage, OptionalInt points) {
        public static final Sweep DEFAULT = new Sweep(OptionalDouble.empty(), OptionalInt.empty());

        public Sweep {
            Objects.requireNonNull(maxVoltage, "maxVoltage");
            Objects.requireNonNull(points, "points");
        }
    }

    /**
     * {@code "eis": {"fmin": "0.1 Hz", "fmax": "1 MHz", "pointsPerDecade": 10, "doubleLayerCapacitance": "10 uF/cm2"}}:
     * a predicted spectrum's frequencies (Hz) and the interfaces' double-layer capacitance (F/m²).
     */
    public record Spectrum(OptionalDouble fmin, OptionalDouble fmax, OptionalInt pointsPerDecade,
            OptionalDouble doubleLayerCapacitance) {
        public static final Spectrum DEFAULT = new Spectrum(OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalInt.empty(), OptionalDouble.empty());

        public Spectrum {
            Objects.requireNonNull(fmin, "fmin");
            Objects.requireNonNull(fmax, "fmax");
            Objects.requireNonNull(pointsPerDecade, "pointsPerDecade");
            Objects.requireNonNull(doubleLayerCapacitance, "doubleLayerCapacitance");
        }
    }
}
