package io.interphase.solver.kinetics;

import org.hipparchus.complex.Complex;

/**
 * The Li side of a cell between the metal and the solid electrolyte: a bare interface or a
 * mixed-conducting interlayer. Current density J is per unit of cell area, positive when it leaves
 * the metal into the electrolyte (Li is stripped).
 */
public sealed interface Electrode permits Electrode.Face, MixedConductorLayer {

    /**
     * Double-layer capacitance per true contact area when none is given: 10 µF/cm² (0.1 F/m²), the
     * order of a compact (Helmholtz) layer, Bard &amp; Faulkner, Electrochemical Methods, 2nd ed.,
     * §1.2 (10–40 µF/cm² at metal electrodes). An assumption; it sets where the arcs sit in frequency,
     * not their size.
     */
    double DEFAULT_DOUBLE_LAYER_CAPACITANCE = 0.1;

    /** The metal's potential minus the electrolyte's at the electrode's face while J flows, V. */
    double voltage(double currentDensity);

    /** dV/dJ at J = 0, Ω·m² of cell area: the electrode's charge-transfer (and in-layer) resistance. */
    double lowFieldResistance();

    /**
     * The small-signal impedance about rest, Ω·m² of cell area, at angular frequency ω (rad/s), with
     * a double-layer capacitance (F/m² of true contact area) in parallel with every contact's
     * charge-transfer resistance.
     */
    Complex impedance(double omega, double doubleLayerCapacitance);

    /** The effective exchange current density RT/(F R), A/m² of cell area, with R the low-field resistance. */
    default double effectiveExchangeCurrentDensity(double temperature) {
        return io.interphase.api.units.Units.GAS_CONSTANT * temperature
                / (io.interphase.api.units.Units.FARADAY * lowFieldResistance());
    }

    /**
     * A flat interface where a fraction of the cell area is in contact: bare Li on the electrolyte.
     *
     * @param kinetics per unit of true contact area
     * @param contactFraction true contact area per cell area, in (0, 1]
     */
    record Face(ButlerVolmer kinetics, double contactFraction) implements Electrode {
        public Face {
            if (!(contactFraction > 0 && contactFraction <= 1)) {
                throw new IllegalArgumentException("contact fraction must be in (0, 1], got " + contactFraction);
            }
        }

        @Override
        public double voltage(double currentDensity) {
            return kinetics.overpotential(currentDensity / contactFraction);
        }

        @Override
        public double lowFieldResistance() {
            return kinetics.chargeTransferResistance() / contactFraction;
        }

        @Override
        public Complex impedance(double omega, double doubleLayerCapacitance) {
            return new Complex(1 / kinetics.chargeTransferResistance(), omega * doubleLayerCapacitance)
                    .multiply(contactFraction).reciprocal();
        }
    }
}
