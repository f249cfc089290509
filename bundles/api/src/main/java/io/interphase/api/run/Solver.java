package io.interphase.api.run;

import io.interphase.api.cell.CellProperties;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A model that answers stimuli for a cell. Registered as a service by a solver bundle; implemented by
 * the Butler–Volmer, equivalent-circuit, cycling and phase-field bundles.
 *
 * <p>A solver is given an immutable cell and must not keep state between calls to
 * {@link #solve}: each call owns what it allocates, so runs proceed side by side.
 */
@ConsumerType
public interface Solver {

    /** What kinds of stimulus a solver can answer. */
    enum Capability { CONSTANT_CURRENT, CONSTANT_VOLTAGE, REST, IMPEDANCE, POTENTIAL_SWEEP, FIELDS }

    /** A stable id used in recipes ("butler-volmer"). */
    String id();

    Set<Capability> capabilities();

    /**
     * Answers the stimuli in order, as one continuous experiment on the cell.
     *
     * @throws IllegalArgumentException naming the stimulus the solver cannot answer
     */
    Result solve(CellProperties cell, Iterable<Stimulus> stimuli, Progress progress);
}
