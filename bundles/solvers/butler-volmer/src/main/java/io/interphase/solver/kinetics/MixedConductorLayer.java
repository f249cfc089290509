package io.interphase.solver.kinetics;

import org.hipparchus.complex.Complex;

/**
 * A mixed-conducting interlayer between Li metal (x = 0) and the solid electrolyte (x = L), solved as
 * a steady two-rail continuum: an ionic rail (potential φ_i, conductivity σ_i) and an electronic rail
 * (φ_e, σ_e) exchange current wherever ion and electron conductors touch, at a rate a·j(φ_e − φ_i) per
 * volume with j the Butler–Volmer law. Li⁺ and electrons meet in three places:
 * <ul>
 * <li>inside the layer, on the contact area a per volume between its ion and electron conductors;</li>
 * <li>at the electrolyte face, where the layer's electron conductors touch the electrolyte (a share
 *     {@code electrolyteFaceFraction} of the face);</li>
 * <li>at the metal face, where the layer's ion conductors touch the Li (a share {@code metalFaceFraction}).</li>
 * </ul>
 * Electrons cannot enter the electrolyte; the metal sets φ_e(0) = 0. Linearised, with both face
 * fractions zero, this is Bisquert's two-rail transmission line at zero frequency; see the tests.
 *
 * @param thickness L, m
 * @param ionicConductivity σ_i of the layer, S/m
 * @param electronicConductivity σ_e of the layer, S/m
 * @param interfaceAreaDensity a, m²/m³
 * @param electrolyteFaceFraction share of the electrolyte face where electron conductors touch it, [0, 1]
 * @param metalFaceFraction share of the metal face where ion conductors touch it, [0, 1]
 * @param kinetics Butler–Volmer law of each kind of contact, per unit of true contact area
 * @param cells number of grid cells across the layer, even, at least 8
 */
public record MixedConductorLayer(double thickness, double ionicConductivity, double electronicConductivity,
        double interfaceAreaDensity, double electrolyteFaceFraction, double metalFaceFraction, ContactKinetics kinetics,
        int cells) implements Electrode {

    /** Cells across a layer by default; the grid study in the tests shows 0.1 % agreement with twice as many. */
    public static final int DEFAULT_CELLS = 160;

    public MixedConductorLayer {
        positive("thickness", thickness);
        nonNegative("ionicConductivity", ionicConductivity);
        nonNegative("electronicConductivity", electronicConductivity);
        nonNegative("interfaceAreaDensity", interfaceAreaDensity);
        fraction("electrolyteFaceFraction", electrolyteFaceFraction);
        fraction("metalFaceFraction", metalFaceFraction);
        if (!(electronicConductivity > 0) && !(ionicConductivity > 0)) {
            throw new IllegalArgumentException("a layer needs an ionic or an electronic conductivity above zero");
        }
        if (interfaceAreaDensity == 0 && electrolyteFaceFraction == 0 && metalFaceFraction == 0) {
            throw new IllegalArgumentException("Li⁺ and electrons meet nowhere in this layer: interface area and both "
                    + "face fractions are zero, so no current can pass");
        }
        java.util.Objects.requireNonNull(kinetics, "kinetics");
        if (cells < 8 || cells % 2 != 0) {
            throw new IllegalArgumentException("cells must be even and at least 8, got " + cells);
        }
    }

    @Override
    public double voltage(double currentDensity) {
        return profile(currentDensity).voltage();
    }

    /** The potentials and where the current turns from ionic to electronic, at current density J. */
    public TwoRailProfile profile(double currentDensity) {
        return new TwoRailSolver(this).solve(currentDensity);
    }

    @Override
    public double lowFieldResistance() {
        // the linear response: one Newton step from the resting state is exact for the linearised problem
        double probe = 1e-9 * kinetics.interior().exchangeCurrentDensity();
        return new TwoRailSolver(this).linearVoltage(probe) / probe;
    }

    @Override
    public Complex impedance(double omega, double doubleLayerCapacitance) {
        return new TwoRailSolver(this).impedance(omega, doubleLayerCapacitance);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + v);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be zero or more and finite, got " + v);
        }
    }

    private static void fraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }
}
