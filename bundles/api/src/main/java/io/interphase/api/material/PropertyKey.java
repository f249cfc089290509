package io.interphase.api.material;

import io.interphase.api.units.Dimension;
import io.interphase.api.units.Units;
import java.util.Objects;

/**
 * The name of a material property, its dimension (values are SI), the unit researchers read it
 * in, and the least value that is physical (a conductivity cannot be negative). The common keys are
 * constants here; a material may define keys of its own.
 */
public record PropertyKey(String name, Dimension dimension, String displayUnit, double minimum) {

    /** A key whose values may be any finite number. */
    public PropertyKey(String name, Dimension dimension, String displayUnit) {
        this(name, dimension, displayUnit, Double.NEGATIVE_INFINITY);
    }

    public static final PropertyKey IONIC_CONDUCTIVITY = new PropertyKey("ionicConductivity", Dimension.CONDUCTIVITY, "mS/cm", 0);
    public static final PropertyKey ELECTRONIC_CONDUCTIVITY = new PropertyKey("electronicConductivity", Dimension.CONDUCTIVITY, "S/cm", 0);
    public static final PropertyKey LI_DIFFUSIVITY = new PropertyKey("liDiffusivity", Dimension.DIFFUSIVITY, "cm2/s", 0);
    public static final PropertyKey DENSITY = new PropertyKey("density", Dimension.DENSITY, "g/cm3", 0);
    public static final PropertyKey PARTICLE_SIZE = new PropertyKey("particleSize", Dimension.LENGTH, "um", 0);
    public static final PropertyKey MOLAR_MASS = new PropertyKey("molarMass", Dimension.MOLAR_MASS, "g/mol", 0);
    public static final PropertyKey SPECIFIC_CAPACITY = new PropertyKey("specificCapacity", Dimension.SPECIFIC_CAPACITY, "mAh/g", 0);
    public static final PropertyKey PRACTICAL_CAPACITY = new PropertyKey("practicalCapacity", Dimension.SPECIFIC_CAPACITY, "mAh/g", 0);
    public static final PropertyKey EXCHANGE_CURRENT_DENSITY = new PropertyKey("exchangeCurrentDensity", Dimension.CURRENT_DENSITY, "mA/cm2", 0);
    public static final PropertyKey YOUNGS_MODULUS = new PropertyKey("youngsModulus", Dimension.PRESSURE, "GPa", 0);
    public static final PropertyKey YIELD_STRESS = new PropertyKey("yieldStress", Dimension.PRESSURE, "MPa", 0);
    public static final PropertyKey FRACTURE_TOUGHNESS = new PropertyKey("fractureToughness", Dimension.FRACTURE_TOUGHNESS, "MPa m^0.5", 0);
    /**
     * Power-law creep, ε̇ = ε̇_y (σ/σ_y)^n: the stress exponent n. With {@link #CREEP_RATE_AT_YIELD} and
     * {@link #YIELD_STRESS} it gives how fast stack pressure closes a void in the metal.
     */
    public static final PropertyKey CREEP_STRESS_EXPONENT = new PropertyKey("creepStressExponent", Dimension.NONE, "1", 1);
    /** Power-law creep: the strain rate ε̇_y at which the flow stress equals {@link #YIELD_STRESS}. */
    public static final PropertyKey CREEP_RATE_AT_YIELD = new PropertyKey("creepRateAtYield", Dimension.FREQUENCY, "1/s", 0);
    /**
     * The bare Li | electrolyte cell's critical current in a plating/stripping ramp: the calibration input
     * from which the electrolyte's {@link #SURFACE_FLAW_SIZE} is derived (docs/physics.md §3.5).
     */
    public static final PropertyKey VOID_CALIBRATION_CURRENT_DENSITY = new PropertyKey("voidCalibrationCurrentDensity", Dimension.CURRENT_DENSITY, "mA/cm2", 0);
    /** The charge per area of each half cycle of that ramp. */
    public static final PropertyKey VOID_CALIBRATION_CHARGE = new PropertyKey("voidCalibrationCharge", Dimension.AREAL_CAPACITY, "mAh/cm2", 0);
    /** The temperature at which that ramp was measured. */
    public static final PropertyKey VOID_CALIBRATION_TEMPERATURE = new PropertyKey("voidCalibrationTemperature", Dimension.TEMPERATURE, "degC", 0);
    /** The depth of a solid electrolyte's surface flaws that plated Li can wedge open (Griffith–Irwin). */
    public static final PropertyKey SURFACE_FLAW_SIZE = new PropertyKey("surfaceFlawSize", Dimension.LENGTH, "um", 0);
    /** Parabolic growth of an interphase's area resistance, R = k √t (per true contact area). */
    public static final PropertyKey INTERPHASE_GROWTH_RATE = new PropertyKey("interphaseGrowthRate",
            Dimension.AREAL_RESISTANCE.times(Dimension.TIME.pow(-0.5)), "ohm cm2/h^0.5", 0);
    public static final PropertyKey LOWER_CUTOFF_VOLTAGE = new PropertyKey("lowerCutoffVoltage", Dimension.VOLTAGE, "V", 0);
    public static final PropertyKey UPPER_CUTOFF_VOLTAGE = new PropertyKey("upperCutoffVoltage", Dimension.VOLTAGE, "V", 0);

    public PropertyKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dimension, "dimension");
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("property name '" + name + "' must be lowerCamelCase letters and digits");
        }
        if (Double.isNaN(minimum)) {
            throw new IllegalArgumentException("property " + name + ": minimum must be a number");
        }
        if (!Units.unit(displayUnit).dimension().equals(dimension)) {
            throw new IllegalArgumentException("property " + name + ": display unit '" + displayUnit
                    + "' is not a " + dimension.describe());
        }
    }

    /** The SI value expressed in the display unit. */
    public double toDisplay(double si) {
        return Units.unit(displayUnit).fromSi(si);
    }
}
