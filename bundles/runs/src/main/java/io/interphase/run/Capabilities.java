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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What kinds of stimulus a protocol holds, and which solver answers them all. */
final class Capabilities {

    /** The capability each kind of stimulus asks of a solver. */
    private static final Stimulus.Visitor<Capability> ASKS = new Stimulus.Visitor<>() {
        @Override
        public Capability constantCurrent(Stimulus.ConstantCurrent s) {
            return Capability.CONSTANT_CURRENT;
        }

        @Override
        public Capability constantVoltage(Stimulus.ConstantVoltage s) {
            return Capability.CONSTANT_VOLTAGE;
        }

        @Override
        public Capability rest(Stimulus.Rest s) {
            return Capability.REST;
        }

        @Override
        public Capability frequencySweep(Stimulus.FrequencySweep s) {
            return Capability.IMPEDANCE;
        }

        @Override
        public Capability potentialSweep(Stimulus.PotentialSweep s) {
            return Capability.POTENTIAL_SWEEP;
        }
    };

    private Capabilities() {
    }

    /** The kinds of stimulus the steps hold; a ramp's are constant currents. */
    static Set<Capability> needed(List<Step> steps) {
        Set<Capability> needed = EnumSet.noneOf(Capability.class);
        for (Step s : steps) {
            needed.addAll(s.accept(new Step.Visitor<Set<Capability>>() {
                @Override
                public Set<Capability> apply(Step.Apply a) {
                    return Set.of(a.stimulus().accept(ASKS));
                }

                @Override
                public Set<Capability> repeat(Step.Repeat r) {
                    return needed(r.body());
                }

                @Override
                public Set<Capability> ramp(Step.Ramp r) {
                    return Set.of(Capability.CONSTANT_CURRENT);
                }
            }));
        }
        return needed;
    }

    /**
     * The id of the recipe's solver, which must exist and answer every kind of step; without one, of the best
     * suited solver that answers them all; empty when there are no steps and the recipe names none.
     */
    static Optional<String> choose(String requested, CellProperties cell, List<Step> steps, List<Solver> solvers) {
        Set<Capability> needed = needed(steps);
        if (requested != null) {
            Solver chosen = find(requested, solvers);
            check(needed, chosen);
            return Optional.of(chosen.id());
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(solvers.stream().filter(s -> suitability(s, cell) > 0 && s.capabilities().containsAll(needed))
                .max(Comparator.comparingInt(s -> suitability(s, cell)))
                .orElseThrow(() -> new InvalidInputException("solver", "no installed solver can run " + needed
                        + " steps on this cell; installed: " + (solvers.isEmpty() ? "none" : describe(solvers, cell))))
                .id());
    }

    /** How well the solver suits the cell; 0 (it is not chosen) if asking throws: one broken solver spoils no choice. */
    static int suitability(Solver s, CellProperties cell) {
        try {
            return s.suitability(cell);
        } catch (RuntimeException | LinkageError e) {
            return 0;
        }
    }

    /** The installed solver of this id. */
    static Solver find(String id, List<Solver> solvers) {
        return solvers.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("solver", "no installed solver '" + id
                        + "'; installed: " + ids(solvers)));
    }

    private static void check(Set<Capability> needed, Solver solver) {
        Set<Capability> missing = EnumSet.noneOf(Capability.class);
        missing.addAll(needed);
        missing.removeAll(solver.capabilities());
        if (!missing.isEmpty()) {
            throw new InvalidInputException("solver", "solver '" + solver.id() + "' cannot answer " + missing
                    + " steps of this protocol; it answers " + solver.capabilities());
        }
    }

    static String ids(List<Solver> solvers) {
        return solvers.isEmpty() ? "none" : solvers.stream().map(Solver::id).sorted().collect(Collectors.joining(", "));
    }

    /** "cycling (suits this cell; answers [...]), impedance (does not suit this cell; ...)", sorted by id. */
    private static String describe(List<Solver> solvers, CellProperties cell) {
        return solvers.stream().sorted(Comparator.comparing(Solver::id))
                .map(s -> s.id() + " (" + (suitability(s, cell) > 0 ? "suits this cell" : "does not suit this cell")
                        + "; answers " + s.capabilities() + ")")
                .collect(Collectors.joining(", "));
    }
}
