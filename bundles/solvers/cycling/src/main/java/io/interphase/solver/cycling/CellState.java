package io.interphase.solver.cycling;

import org.hipparchus.complex.Complex;

/**
 * The state of a cell between two instants, advanced by piecewise-constant current. Current density
 * j follows {@link io.interphase.api.run.Stimulus}: positive discharges (strips the first metal).
 */
interface CellState {

    /** Terminal voltage (last layer minus first) if j flowed now, V. */
    double voltage(double j);

    /** Advances by dt seconds at constant j. */
    void advance(double dt, double j);

    CellState copy();

    /** The cause of a failure that j would set off now (a short); null if none. */
    String failure(double j);

    /** Why j can flow no longer (the cathode is full, the Li is used up); null if it can. */
    String exhausted(double j);

    /**
     * The small-signal impedance about rest in the present state, Ω·m² of cell area, at angular
     * frequency ω (rad/s), with a double-layer capacitance (F/m² of true contact) at every contact.
     */
    Complex impedance(double omega, double doubleLayerCapacitance);

    /** A natural length for a step at j, s: how long the cell's charge would last. */
    double timeScale(double j);
}
