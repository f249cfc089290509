package io.interphase.cell.internal;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.Cell;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.EffectiveConductivity;
import io.interphase.api.cell.Layer;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.material.Carrier;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.PropertyKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The effective properties of one layer at the cell's temperature, from its constituents' material
 * properties and the composition alone.
 */
final class LayerEvaluator {

    private LayerEvaluator() {
    }

    /** The constituents' materials and their properties at one temperature. */
    record Phases(List<Constituent> constituents, double[] phi, double[] density, double[] ionic,
            double[] electronic, double[] particleSize) {
    }

    static LayerProperties evaluate(Cell cell, int index, MaterialCatalog catalog) {
        Layer layer = cell.layers().get(index);
        Phases p = phases(layer, catalog, cell.temperature(), "layers[" + index + "]");
        Map<String, Double> volumeFractions = new LinkedHashMap<>();
        double density = 0;
        for (int i = 0; i < p.phi().length; i++) {
            volumeFractions.merge(p.constituents().get(i).material(), p.phi()[i], Double::sum);
            density += p.phi()[i] * p.density()[i];
        }
        double thickness = layer.thickness().isPresent() ? layer.thickness().getAsDouble()
                : layer.mass().getAsDouble() / (density * cell.area());
        EffectiveConductivity ionic = EffectiveMedium.of(p.phi(), p.ionic(), layer.percolation());
        EffectiveConductivity electronic = EffectiveMedium.of(p.phi(), p.electronic(), layer.percolation());
        return new LayerProperties(layer, thickness, density, volumeFractions, ionic, electronic,
                interfaceAreaDensity(p), thickness / ionic.effective(), thickness / electronic.effective());
    }

    /**
     * The contact area between ion-conducting particles and electron-conducting phases per volume,
     * a random-contact estimate: particle i (a sphere of diameter d_i) has surface 6 φ_i / d_i per
     * volume, and in a random packing the share of it that touches electron conductors is their
     * volume fraction among the other phases, Σ_e φ_e / (1 − φ_i). What each phase carries is its
     * {@link Carrier}: a binder carries neither and makes no contact that reacts.
     */
    static double interfaceAreaDensity(double[] phi, double[] ionic, double[] electronic, double[] particleSize) {
        double electronConductors = 0;
        for (int j = 0; j < phi.length; j++) {
            if (Carrier.of(ionic[j], electronic[j]) == Carrier.ELECTRONS) {
                electronConductors += phi[j];
            }
        }
        double area = 0;
        for (int i = 0; i < phi.length; i++) {
            if (Carrier.of(ionic[i], electronic[i]) == Carrier.IONS && particleSize[i] > 0 && phi[i] < 1) {
                area += 6 * phi[i] / particleSize[i] * electronConductors / (1 - phi[i]);
            }
        }
        return area;
    }

    private static double interfaceAreaDensity(Phases p) {
        return interfaceAreaDensity(p.phi(), p.ionic(), p.electronic(), p.particleSize());
    }

    /** Looks up every constituent's properties; mass fractions become volume fractions, φ_i ∝ w_i/ρ_i. */
    static Phases phases(Layer layer, MaterialCatalog catalog, double kelvin, String field) {
        List<Constituent> constituents = layer.constituents();
        int n = constituents.size();
        double[] phi = new double[n];
        double[] density = new double[n];
        double[] ionic = new double[n];
        double[] electronic = new double[n];
        double[] size = new double[n];
        List<FieldError> errors = new ArrayList<>();
        double specificVolume = 0;
        for (int i = 0; i < n; i++) {
            Constituent c = constituents.get(i);
            Material m = catalog.find(c.material()).orElse(null);
            if (m == null) {
                errors.add(new FieldError(field, "no material '" + c.material() + "'; available: "
                        + String.join(", ", catalog.ids())));
                continue;
            }
            density[i] = required(m, PropertyKey.DENSITY, kelvin, field, errors);
            ionic[i] = required(m, PropertyKey.IONIC_CONDUCTIVITY, kelvin, field, errors);
            electronic[i] = required(m, PropertyKey.ELECTRONIC_CONDUCTIVITY, kelvin, field, errors);
            OptionalDouble d = c.particleSize();
            size[i] = d.isPresent() ? d.getAsDouble()
                    : m.property(PropertyKey.PARTICLE_SIZE).map(p -> p.at(kelvin)).orElse(0.0);
            phi[i] = c.massFraction() / density[i];
            specificVolume += phi[i];
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        for (int i = 0; i < n; i++) {
            phi[i] /= specificVolume;
        }
        return new Phases(constituents, phi, density, ionic, electronic, size);
    }

    private static double required(Material m, PropertyKey key, double kelvin, String field, List<FieldError> errors) {
        double value = m.property(key).map(p -> p.at(kelvin)).orElse(Double.NaN);
        if (Double.isNaN(value)) {
            errors.add(new FieldError(field, "material '" + m.id() + "' has no " + key.name()
                    + "; a layer needs every material's density and ionic and electronic conductivity"));
            return 1;
        }
        if (!(value >= 0) || (key == PropertyKey.DENSITY && !(value > 0))) {
            errors.add(new FieldError(field, "material '" + m.id() + "' has " + key.name() + " = " + value
                    + " at " + kelvin + " K; it must be " + (key == PropertyKey.DENSITY ? "positive" : "zero or more")));
            return 1;
        }
        return value;
    }
}
