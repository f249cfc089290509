package io.interphase.solver.eis.internal;

import io.interphase.api.cell.CellProperties;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.run.Simulation;
import io.interphase.api.run.Solver;
import io.interphase.solver.eis.CellImpedance;
import io.interphase.solver.kinetics.CellKinetics;
import io.interphase.solver.kinetics.SteadySimulation;
import java.util.EnumSet;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * The impedance solver as a service: a symmetric cell's spectrum predicted from its layers (E2), and
 * the same cell's steady sweeps (E1), so one recipe can take a spectrum and then a Tafel sweep.
 *
 * <p>Lifecycle: none; stateless, each run gets its own {@link Simulation}.
 */
@Component(service = Solver.class)
public final class ImpedanceSolver implements Solver {

    /** Below the Butler–Volmer solver, which a protocol of sweeps alone needs no more than. */
    static final int SUITABILITY = 4;

    @Override
    public String id() {
        return "impedance";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.IMPEDANCE, Capability.POTENTIAL_SWEEP, Capability.REST);
    }

    @Override
    public int suitability(CellProperties cell) {
        return SteadySimulation.fits(cell) ? SUITABILITY : 0;
    }

    @Override
    public Simulation start(CellProperties cell, MaterialCatalog materials) {
        SteadySimulation steady = new SteadySimulation(CellKinetics.symmetric(cell, materials, CellKinetics.DEFAULT_ALPHA));
        return new ImpedanceSimulation(steady, CellImpedance.DEFAULT_DOUBLE_LAYER_CAPACITANCE);
    }
}
