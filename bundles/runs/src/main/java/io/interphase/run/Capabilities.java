package io.interphase.run;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.run.Solver;
import io.interphase.api.run.Solver.Capability;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What kinds of stimulus a protocol holds, and whether a solver answers them all. */
final class Capabilities {

    private Capabilities() {
    }

    /** The kinds of stimulus the steps hold; a ramp's are constant currents. */
    static Set<Capability> needed(List<Step> steps) {
        Set<Capability> needed = EnumSet.noneOf(Capability.class);
        collect(steps, needed);
        return needed;
    }

    static void check(Set<Capability> needed, Solver solver) {
        Set<Capability> missing = EnumSet.noneOf(Capability.class);
        missing.addAll(needed);
        missing.removeAll(solver.capabilities());
        if (!missing.isEmpty()) {
            throw new InvalidInputException("solver", "solver '" + solver.id() + "' cannot answer " + missing
                    + " steps of this protocol; it answers " + solver.capabilities());
        }
    }

    /** "cycling (suits this cell; answers [...]), impedance (does not suit this cell; ...)", sorted by id. */
    static String describe(List<Solver> solvers, CellProperties cell) {
        return solvers.stream().sorted(Comparator.comparing(Solver::id))
                .map(s -> s.id() + " (" + (s.suitability(cell) > 0 ? "suits this cell" : "does not suit this cell")
                        + "; answers " + s.capabilities() + ")")
                .collect(Collectors.joining(", "));
    }

    private static void collect(List<Step> steps, Set<Capability> needed) {
        for (Step s : steps) {
            if (s instanceof Step.Apply a) {
                needed.add(of(a.stimulus()));
            } else if (s instanceof Step.Repeat r) {
                collect(r.body(), needed);
            } else {
                needed.add(Capability.CONSTANT_CURRENT);
            }
        }
    }

    private static Capability of(Stimulus s) {
        if (s instanceof Stimulus.ConstantCurrent) {
            return Capability.CONSTANT_CURRENT;
        }
        if (s instanceof Stimulus.ConstantVoltage) {
            return Capability.CONSTANT_VOLTAGE;
        }
        if (s instanceof Stimulus.Rest) {
            return Capability.REST;
        }
        if (s instanceof Stimulus.FrequencySweep) {
            return Capability.IMPEDANCE;
        }
        return Capability.POTENTIAL_SWEEP;
    }
}
