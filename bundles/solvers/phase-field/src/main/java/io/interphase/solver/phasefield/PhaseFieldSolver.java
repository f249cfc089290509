package io.interphase.solver.phasefield;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.PropertyKey;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.Solver;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * The phase-field solver as a service: where Li plates in a Li | interlayer | electrolyte stack, on a 2D section of
 * the interlayer's random packing. Chosen when a recipe names it ({@code "solver": "phase-field"}); it never wins
 * the choice by suitability over the cycling solver, which answers the same steps for whole cells.
 *
 * <p>Lifecycle: none; stateless, each run gets its own {@link Simulation}.
 */
@Component(service = Solver.class)
public final class PhaseFieldSolver implements Solver {

    /** Lower than the cycling solver's: a cell's own protocol runs on the cycling model unless phase-field is named. */
    static final int SUITABILITY = 1;

    @Override
    public String id() {
        return "phase-field";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.CONSTANT_CURRENT, Capability.REST);
    }

    @Override
    public int suitability(CellProperties cell) {
        return cell.layers().size() >= 2 ? SUITABILITY : 0;
    }

    @Override
    public Simulation start(CellProperties cell, MaterialCatalog materials) {
        return start(cell, materials, Map.of());
    }

    @Override
    public Simulation start(CellProperties cell, MaterialCatalog materials, Map<String, ?> options) {
        PhaseFieldOptions o = PhaseFieldOptions.read(options);
        Domain d = Domain.of(cell, materials, o);
        Material li = materials.find(cell.cell().layers().get(0).constituents().get(0).material()).orElseThrow();
        double molar = li.property(PropertyKey.DENSITY).map(p -> p.at(d.temperature)).orElse(Double.NaN)
                / li.property(PropertyKey.MOLAR_MASS).map(p -> p.at(d.temperature)).orElse(Double.NaN);
        if (!(molar > 0)) {
            throw new InvalidInputException("layers[0]", li.id() + " needs a density and a molar mass for the phase-field solver");
        }
        PhaseFieldModel model = new PhaseFieldModel(d, PhaseFieldModel.Parameters.of(o, d.liDiffusivity, molar));
        return new PhaseFieldSimulation(model, o);
    }
}
