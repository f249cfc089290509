package io.interphase.solver.kinetics.internal;

import io.interphase.api.cell.CellProperties;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.Solver;
import io.interphase.solver.kinetics.CellKinetics;
import io.interphase.solver.kinetics.SteadySimulation;
import java.util.EnumSet;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * The Butler–Volmer solver as a service: a symmetric cell's steady current under a potential sweep
 * (the Tafel experiment, E1), from the electrodes' kinetics and the electrolyte's resistance.
 *
 * <p>Lifecycle: none; stateless, each run gets its own {@link Simulation}.
 */
@Component(service = Solver.class)
public final class ButlerVolmerSolver implements Solver {

    /** Below the impedance solver, which answers sweeps with the same model and also impedance. */
    static final int SUITABILITY = 5;

    @Override
    public String id() {
        return "butler-volmer";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.POTENTIAL_SWEEP, Capability.REST);
    }

    @Override
    public int suitability(CellProperties cell) {
        return SteadySimulation.fits(cell) ? SUITABILITY : 0;
    }

    @Override
    public Simulation start(CellProperties cell, MaterialCatalog materials) {
        return new SteadySimulation(CellKinetics.symmetric(cell, materials, CellKinetics.DEFAULT_ALPHA));
    }
}
