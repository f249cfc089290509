package io.interphase.api.units;

import java.util.Map;

/**
 * The physical dimension of a quantity as exponents of the SI base units metre, kilogram, second,
 * ampere, kelvin and mole. Exponents may be halves (fracture toughness is Pa·m^½).
 */
public record Dimension(double metre, double kilogram, double second, double ampere, double kelvin, double mole) {

    public static final Dimension NONE = new Dimension(0, 0, 0, 0, 0, 0);
    public static final Dimension LENGTH = new Dimension(1, 0, 0, 0, 0, 0);
    public static final Dimension MASS = new Dimension(0, 1, 0, 0, 0, 0);
    public static final Dimension TIME = new Dimension(0, 0, 1, 0, 0, 0);
    public static final Dimension CURRENT = new Dimension(0, 0, 0, 1, 0, 0);
    public static final Dimension TEMPERATURE = new Dimension(0, 0, 0, 0, 1, 0);
    public static final Dimension AMOUNT = new Dimension(0, 0, 0, 0, 0, 1);

    public static final Dimension AREA = LENGTH.pow(2);
    public static final Dimension VOLUME = LENGTH.pow(3);
    public static final Dimension INVERSE_LENGTH = LENGTH.pow(-1);
    public static final Dimension FREQUENCY = TIME.pow(-1);
    public static final Dimension CHARGE = CURRENT.times(TIME);
    public static final Dimension ENERGY = MASS.times(AREA).times(TIME.pow(-2));
    public static final Dimension POWER = ENERGY.times(TIME.pow(-1));
    public static final Dimension VOLTAGE = POWER.times(CURRENT.pow(-1));
    public static final Dimension RESISTANCE = VOLTAGE.times(CURRENT.pow(-1));
    public static final Dimension CONDUCTANCE = RESISTANCE.pow(-1);
    public static final Dimension CAPACITANCE = CHARGE.times(VOLTAGE.pow(-1));
    public static final Dimension PRESSURE = MASS.times(LENGTH.pow(-1)).times(TIME.pow(-2));
    public static final Dimension FRACTURE_TOUGHNESS = PRESSURE.times(LENGTH.pow(0.5));
    public static final Dimension CONDUCTIVITY = CONDUCTANCE.times(LENGTH.pow(-1));
    public static final Dimension DIFFUSIVITY = AREA.times(TIME.pow(-1));
    public static final Dimension DENSITY = MASS.times(VOLUME.pow(-1));
    public static final Dimension AREAL_MASS = MASS.times(AREA.pow(-1));
    public static final Dimension CURRENT_DENSITY = CURRENT.times(AREA.pow(-1));
    public static final Dimension AREAL_CAPACITY = CHARGE.times(AREA.pow(-1));
    public static final Dimension SPECIFIC_CAPACITY = CHARGE.times(MASS.pow(-1));
    public static final Dimension AREAL_RESISTANCE = RESISTANCE.times(AREA);
    public static final Dimension MOLAR_MASS = MASS.times(AMOUNT.pow(-1));
    public static final Dimension MOLAR_VOLUME = VOLUME.times(AMOUNT.pow(-1));
    public static final Dimension CONCENTRATION = AMOUNT.times(VOLUME.pow(-1));

    private static final Map<Dimension, String> NAMES = Map.ofEntries(
            Map.entry(NONE, "dimensionless"), Map.entry(LENGTH, "length"), Map.entry(MASS, "mass"),
            Map.entry(TIME, "time"), Map.entry(CURRENT, "current"), Map.entry(TEMPERATURE, "temperature"),
            Map.entry(AMOUNT, "amount of substance"), Map.entry(AREA, "area"), Map.entry(VOLUME, "volume"),
            Map.entry(INVERSE_LENGTH, "inverse length"), Map.entry(FREQUENCY, "frequency"),
            Map.entry(CHARGE, "charge"), Map.entry(ENERGY, "energy"), Map.entry(POWER, "power"),
            Map.entry(VOLTAGE, "voltage"), Map.entry(RESISTANCE, "resistance"),
            Map.entry(CONDUCTANCE, "conductance"), Map.entry(CAPACITANCE, "capacitance"),
            Map.entry(PRESSURE, "pressure"), Map.entry(FRACTURE_TOUGHNESS, "fracture toughness"),
            Map.entry(CONDUCTIVITY, "conductivity"), Map.entry(DIFFUSIVITY, "diffusivity"),
            Map.entry(DENSITY, "density"), Map.entry(AREAL_MASS, "areal mass"),
            Map.entry(CURRENT_DENSITY, "current density"), Map.entry(AREAL_CAPACITY, "areal capacity"),
            Map.entry(SPECIFIC_CAPACITY, "specific capacity"), Map.entry(AREAL_RESISTANCE, "area-specific resistance"),
            Map.entry(MOLAR_MASS, "molar mass"), Map.entry(MOLAR_VOLUME, "molar volume"),
            Map.entry(CONCENTRATION, "concentration"));

    public Dimension times(Dimension other) {
        return new Dimension(metre + other.metre, kilogram + other.kilogram, second + other.second,
                ampere + other.ampere, kelvin + other.kelvin, mole + other.mole);
    }

    public Dimension pow(double exponent) {
        return new Dimension(metre * exponent, kilogram * exponent, second * exponent,
                ampere * exponent, kelvin * exponent, mole * exponent);
    }

    /** A readable name ("current density") where one is known, otherwise the SI exponents. */
    public String describe() {
        String name = NAMES.get(normalized());
        return name != null ? name : siSymbol();
    }

    private static final Map<Dimension, String> SI_UNITS = Map.ofEntries(
            Map.entry(NONE, "1"), Map.entry(TEMPERATURE, "K"), Map.entry(FREQUENCY, "Hz"), Map.entry(CHARGE, "C"),
            Map.entry(ENERGY, "J"), Map.entry(POWER, "W"), Map.entry(VOLTAGE, "V"), Map.entry(RESISTANCE, "Ohm"),
            Map.entry(CONDUCTANCE, "S"), Map.entry(CAPACITANCE, "F"), Map.entry(PRESSURE, "Pa"),
            Map.entry(FRACTURE_TOUGHNESS, "Pa m^0.5"), Map.entry(CONDUCTIVITY, "S/m"), Map.entry(DIFFUSIVITY, "m2/s"),
            Map.entry(DENSITY, "kg/m3"), Map.entry(AREAL_MASS, "kg/m2"), Map.entry(CURRENT_DENSITY, "A/m2"),
            Map.entry(AREAL_CAPACITY, "C/m2"), Map.entry(SPECIFIC_CAPACITY, "C/kg"), Map.entry(AREAL_RESISTANCE, "Ohm m2"),
            Map.entry(MOLAR_MASS, "kg/mol"), Map.entry(MOLAR_VOLUME, "m3/mol"), Map.entry(CONCENTRATION, "mol/m3"),
            Map.entry(INVERSE_LENGTH, "1/m"));

    /** The conventional SI unit ("S/m" for a conductivity), or the base-unit expression. */
    public String siUnit() {
        String symbol = SI_UNITS.get(normalized());
        return symbol != null ? symbol : siSymbol();
    }

    /** The SI base-unit expression, for example {@code kg m2 s-3 A-1}. */
    public String siSymbol() {
        StringBuilder text = new StringBuilder();
        append(text, "kg", kilogram);
        append(text, "m", metre);
        append(text, "s", second);
        append(text, "A", ampere);
        append(text, "K", kelvin);
        append(text, "mol", mole);
        return text.length() == 0 ? "1" : text.toString();
    }

    private static void append(StringBuilder text, String symbol, double exponent) {
        if (exponent == 0) {
            return;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(symbol);
        if (exponent != 1) {
            text.append(exponent == Math.rint(exponent) ? String.valueOf((long) exponent) : String.valueOf(exponent));
        }
    }

    /** Turns -0.0 into 0.0 so that equal dimensions compare equal. */
    private Dimension normalized() {
        return new Dimension(metre + 0.0, kilogram + 0.0, second + 0.0, ampere + 0.0, kelvin + 0.0, mole + 0.0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dimension d && metre == d.metre && kilogram == d.kilogram && second == d.second
                && ampere == d.ampere && kelvin == d.kelvin && mole == d.mole;
    }

    @Override
    public int hashCode() {
        Dimension n = normalized();
        return java.util.Arrays.hashCode(new double[] {n.metre, n.kilogram, n.second, n.ampere, n.kelvin, n.mole});
    }
}
