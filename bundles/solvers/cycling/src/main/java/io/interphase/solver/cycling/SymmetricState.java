package io.interphase.solver.cycling;

import org.hipparchus.complex.Complex;

/**
 * A symmetric cell Li | (layer) | electrolyte | (layer) | Li being plated and stripped: the steady
 * kinetics of both sides, the electrolyte's resistance, interphases at both electrolyte faces that
 * grow as √t, and voids at whichever side is stripped.
 */
final class SymmetricState implements CellState {

    /**
     * @param electrolyteResistance Ω·m²
     * @param interphaseRate k of R = k √t per true contact area, Ω·m²/√s
     */
    record Setup(LithiumSide first, LithiumSide last, double electrolyteResistance, double interphaseRate, FailureModel voids) {
    }

    private final Setup setup;
    private double time;
    private final LiContact first;
    private final LiContact last;

    SymmetricState(Setup setup) {
        this(setup, 0, new LiContact(setup.first(), setup.voids()), new LiContact(setup.last(), setup.voids()));
    }

    private SymmetricState(Setup setup, double time, LiContact first, LiContact last) {
        this.setup = setup;
        this.time = time;
        this.first = first;
        this.last = last;
    }

    @Override
    public double voltage(double j) {
        double firstToLast = setup.first().voltage(j) + first.constriction(j) + j * seriesResistance()
                - setup.last().voltage(-j) - last.constriction(-j);
        return -firstToLast;
    }

    @Override
    public Complex impedance(double omega, double doubleLayerCapacitance) {
        return first.impedance(omega, doubleLayerCapacitance).add(seriesResistance())
                .add(last.impedance(omega, doubleLayerCapacitance));
    }

    /** The electrolyte and both interphases, each on its face's true contact, Ω·m². */
    private double seriesResistance() {
        double growth = setup.interphaseRate() * Math.sqrt(time);
        return setup.electrolyteResistance() + growth / setup.first().faceFraction() + growth / setup.last().faceFraction();
    }

    @Override
    public void advance(double dt, double j) {
        time += dt;
        first.advance(dt, j, time);
        last.advance(dt, -j, time);
    }

    @Override
    public CellState copy() {
        return new SymmetricState(setup, time, first.copy(), last.copy());
    }

    /** True if either side has lost contact to a void. */
    boolean voided() {
        return first.voided() || last.voided();
    }

    @Override
    public String failure(double j) {
        String cause = first.shortCause(j, "first");
        return cause != null ? cause : last.shortCause(-j, "second");
    }

    @Override
    public String exhausted(double j) {
        if (j > 0 && first.inventory() <= 0) {
            return "the first electrode's Li is used up";
        }
        if (j < 0 && last.inventory() <= 0) {
            return "the second electrode's Li is used up";
        }
        return null;
    }

    @Override
    public double timeScale(double j) {
        return 3600;
    }
}
