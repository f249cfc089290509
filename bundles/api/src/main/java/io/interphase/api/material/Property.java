package io.interphase.api.material;

import io.interphase.api.units.Dimension;
import io.interphase.api.units.Units;
import java.util.Objects;

/**
 * One property of a material: what it is, how it depends on temperature (SI values), where the
 * figure comes from, and whether it is an assumption that a recipe may override.
 *
 * @param key what the property is
 * @param value its temperature dependence, SI
 * @param source the citation for the figure
 * @param assumption null for a cited figure; otherwise why this value was assumed
 */
public record Property(PropertyKey key, TemperatureDependence value, String source, String assumption) {

    public Property {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("property " + key.name() + " needs a source");
        }
        double atReference = value.at(TemperatureDependence.REFERENCE_TEMPERATURE);
        if (atReference < key.minimum()) {
            throw new IllegalArgumentException("property " + key.name() + " = " + Units.format(atReference) + " "
                    + key.dimension().siUnit() + " at 25 degC; it must be at least " + Units.format(key.minimum()));
        }
    }

    /** A temperature-independent property, the value written with its unit ("1.865 g/cm3"). */
    public static Property constant(PropertyKey key, String value, String source) {
        return new Property(key, TemperatureDependence.constant(parse(key, value)), source, null);
    }

    /** An Arrhenius property: its value at 25 °C with unit, and its activation energy ("0.36 eV"). */
    public static Property arrhenius(PropertyKey key, String valueAt25C, String activationEnergy, String source) {
        double ea = Units.parse(activationEnergy, Dimension.ENERGY);
        return new Property(key, TemperatureDependence.arrhenius(parse(key, valueAt25C), ea), source, null);
    }

    /**
     * An Arrhenius property known at another temperature than 25 °C, as a calibration point often is:
     * its value at {@code referenceTemperature} ("-5 degC") with unit, and its activation energy.
     */
    public static Property arrhenius(PropertyKey key, String value, String activationEnergy,
            String referenceTemperature, String source) {
        double ea = Units.parse(activationEnergy, Dimension.ENERGY);
        double reference = Units.parse(referenceTemperature, Dimension.TEMPERATURE);
        return new Property(key, new TemperatureDependence.Arrhenius(parse(key, value), ea, reference), source, null);
    }

    /**
     * The Li⁺ conductivity that follows from a Li diffusivity property by Nernst–Einstein at every
     * temperature (see {@link TemperatureDependence.NernstEinstein}).
     *
     * @param diffusivity a {@link PropertyKey#LI_DIFFUSIVITY} property
     * @param concentration the mobile Li concentration, SI (mol/m³)
     */
    public static Property ionicConductivityFromDiffusivity(Property diffusivity, double concentration, String source) {
        if (!diffusivity.key().dimension().equals(Dimension.DIFFUSIVITY)) {
            throw new IllegalArgumentException("Nernst–Einstein needs a diffusivity, got " + diffusivity.key().name());
        }
        return new Property(PropertyKey.IONIC_CONDUCTIVITY,
                new TemperatureDependence.NernstEinstein(diffusivity.value(), concentration), source, null);
    }

    /** The same property, marked as an assumption with the reason. */
    public Property assumed(String why) {
        return new Property(key, value, source, Objects.requireNonNull(why, "why"));
    }

    public boolean isAssumption() {
        return assumption != null;
    }

    /** The SI value at {@code kelvin}. */
    public double at(double kelvin) {
        return value.at(kelvin);
    }

    private static double parse(PropertyKey key, String text) {
        try {
            return Units.parse(text, key.dimension());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("property " + key.name() + ": " + e.getMessage(), e);
        }
    }
}
