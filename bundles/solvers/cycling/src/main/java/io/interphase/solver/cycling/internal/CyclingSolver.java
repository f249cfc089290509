package io.interphase.solver.cycling.internal;

import io.interphase.api.cell.CellProperties;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.Solver;
import io.interphase.solver.cycling.CyclingCells;
import java.util.EnumSet;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * The cycling solver as a service: full cells and symmetric Li cells under constant current,
 * constant voltage and rest, and their impedance spectra as cycling leaves them.
 *
 * <p>Lifecycle: none; stateless, each run gets its own {@link Simulation}.
 */
@Component(service = Solver.class)
public final class CyclingSolver implements Solver {

    /** A cell this solver fits: metal first, with an electrolyte; the cycling solver is the reference for them. */
    static final int SUITABILITY = 10;

    @Override
    public String id() {
        return "cycling";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.CONSTANT_CURRENT, Capability.CONSTANT_VOLTAGE, Capability.REST, Capability.IMPEDANCE);
    }

    @Override
    public int suitability(CellProperties cell) {
        return cell.layers().size() >= 2 ? SUITABILITY : 0;
    }

    @Override
    public Simulation start(CellProperties cell, MaterialCatalog materials) {
        return CyclingCells.start(cell, materials);
    }
}
