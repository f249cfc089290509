package io.interphase.api.cell;

import java.util.Map;

/**
 * The effective properties of one layer at the cell's temperature, SI.
 *
 * @param layer the layer described
 * @param thickness m
 * @param density kg/m³, of the dense composite
 * @param volumeFractions material id to volume fraction, adding to 1
 * @param ionic ionic conductivity estimates, S/m
 * @param electronic electronic conductivity estimates, S/m
 * @param interfaceAreaDensity contact area between ion- and electron-conducting phases per volume, 1/m
 * @param ionicAreaResistance thickness / effective ionic conductivity, Ω·m²
 * @param electronicAreaResistance thickness / effective electronic conductivity, Ω·m²
 */
public record LayerProperties(Layer layer, double thickness, double density, Map<String, Double> volumeFractions,
        EffectiveConductivity ionic, EffectiveConductivity electronic, double interfaceAreaDensity,
        double ionicAreaResistance, double electronicAreaResistance) {

    public LayerProperties {
        volumeFractions = Map.copyOf(volumeFractions);
    }

    /** Mass of one material per cell area, kg/m²: thickness × density × its mass fraction; 0 if absent. */
    public double massPerArea(String material) {
        return layer.constituents().stream().filter(c -> c.material().equals(material))
                .mapToDouble(c -> thickness * density * c.massFraction()).sum();
    }

    public double ionicConductivity() {
        return ionic.effective();
    }

    public double electronicConductivity() {
        return electronic.effective();
    }
}
