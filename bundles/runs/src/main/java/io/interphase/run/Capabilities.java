package io.interphase.run;

import io.interphase.api.InvalidInputException;
import io.interphase.api.run.Solver;
import io.interphase.api.run.Solver.Capability;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Checks before a run that its solver can answer every kind of stimulus its protocol holds. */
final class Capabilities {

    private Capabilities() {
    }

    static void check(List<Step> steps, Solver solver) {
        Set<Capability> needed = EnumSet.noneOf(Capability.class);
        collect(steps, needed);
        needed.removeAll(solver.capabilities());
        if (!needed.isEmpty()) {
            throw new InvalidInputException("solver", "solver '" + solver.id() + "' cannot answer " + needed
                    + " steps of this protocol; it answers " + solver.capabilities());
        }
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
