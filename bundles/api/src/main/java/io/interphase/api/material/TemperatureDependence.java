package io.interphase.api.material;

import io.interphase.api.units.Dimension;
import io.interphase.api.units.Units;

/**
 * A property value as a function of absolute temperature, SI in and out.
 */
public interface TemperatureDependence {

    /** Reference temperature of the Arrhenius laws, 25 °C. */
    double REFERENCE_TEMPERATURE = 298.15;

    /** The value at {@code kelvin}; kelvin must be positive. */
    double at(double kelvin);

    /** The law in words with its parameters, for people and provenance records. */
    String describe();

    /** A value that does not change with temperature. */
    static TemperatureDependence constant(double si) {
        return new Constant(si);
    }

    /**
     * σ(T) = σ_ref · exp(−Ea/k_B · (1/T − 1/T_ref)), T_ref = 298.15 K.
     *
     * @param atReference the value at 25 °C, SI
     * @param activationEnergy Ea in joules (use {@link Units#parse(String, Dimension)} on "0.36 eV")
     */
    static TemperatureDependence arrhenius(double atReference, double activationEnergy) {
        return new Arrhenius(atReference, activationEnergy, REFERENCE_TEMPERATURE);
    }

    /**
     * The conductivity of mobile ions from their diffusivity by Nernst–Einstein,
     * σ(T) = D(T) c z² F² / (R T), with z = 1 for Li⁺.
     *
     * @param diffusivity D(T), m²/s
     * @param concentration c of the mobile ions, mol/m³
     */
    record NernstEinstein(TemperatureDependence diffusivity, double concentration) implements TemperatureDependence {
        public NernstEinstein {
            java.util.Objects.requireNonNull(diffusivity, "diffusivity");
            if (!(concentration >= 0) || !Double.isFinite(concentration)) {
                throw new IllegalArgumentException("concentration must be finite and >= 0, got " + concentration);
            }
        }

        @Override
        public double at(double kelvin) {
            return diffusivity.at(kelvin) * concentration * Units.FARADAY * Units.FARADAY / (Units.GAS_CONSTANT * kelvin);
        }

        @Override
        public String describe() {
            return "Nernst–Einstein, sigma = D c F^2/(R T), c = " + Units.format(concentration) + " mol/m3, D: "
                    + diffusivity.describe();
        }
    }

    /** A constant value. */
    record Constant(double value) implements TemperatureDependence {
        public Constant {
            requireFinite(value, "value");
        }

        @Override
        public double at(double kelvin) {
            requirePositive(kelvin);
            return value;
        }

        @Override
        public String describe() {
            return "constant";
        }
    }

    /** An Arrhenius law about a reference temperature. */
    record Arrhenius(double atReference, double activationEnergy, double referenceTemperature)
            implements TemperatureDependence {
        public Arrhenius {
            requireFinite(atReference, "value at the reference temperature");
            if (!(activationEnergy >= 0) || !Double.isFinite(activationEnergy)) {
                throw new IllegalArgumentException("activation energy must be finite and >= 0, got " + activationEnergy);
            }
            requirePositive(referenceTemperature);
        }

        @Override
        public double at(double kelvin) {
            requirePositive(kelvin);
            return atReference * Math.exp(-activationEnergy / Units.BOLTZMANN * (1 / kelvin - 1 / referenceTemperature));
        }

        @Override
        public String describe() {
            return "Arrhenius, Ea = " + Units.format(activationEnergy / Units.ELEMENTARY_CHARGE) + " eV, T_ref = "
                    + Units.format(referenceTemperature) + " K";
        }
    }

    private static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be finite, got " + v);
        }
    }

    private static void requirePositive(double kelvin) {
        if (!(kelvin > 0) || !Double.isFinite(kelvin)) {
            throw new IllegalArgumentException("temperature must be a positive number of kelvin, got " + kelvin);
        }
    }
}
