package io.interphase.solver.cycling;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.OcvCurve;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import io.interphase.api.units.Units;
import io.interphase.solver.kinetics.ButlerVolmer;
import io.interphase.solver.kinetics.CellKinetics;
import io.interphase.solver.kinetics.SymmetricCell;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a {@link CyclingSimulation} from a cell's layers and the installed materials: a full cell
 * when the last layer holds a cathode active material with an OCV curve, otherwise a symmetric Li
 * cell. Every number comes from a material property or the cell model, and is listed with its
 * source in {@link CyclingSimulation#parameters()}.
 */
public final class CyclingCells {

    private CyclingCells() {
    }

    /** True if the last layer holds a cathode active material. */
    public static boolean isFullCell(CellProperties cell, MaterialCatalog materials) {
        return cathodeActive(cell.layers().get(cell.layers().size() - 1), materials) != null;
    }

    /** A fresh simulation of the cell. @throws InvalidInputException naming a layer or property that does not fit */
    public static CyclingSimulation start(CellProperties cell, MaterialCatalog materials) {
        return isFullCell(cell, materials) ? full(cell, materials) : symmetric(cell, materials);
    }

    static CyclingSimulation symmetric(CellProperties cell, MaterialCatalog materials) {
        Map<String, String> parameters = new LinkedHashMap<>();
        SymmetricCell kinetics = CellKinetics.symmetric(cell, materials, CellKinetics.DEFAULT_ALPHA);
        List<LayerProperties> layers = cell.layers();
        double t = cell.cell().temperature();
        LithiumSide first = new LithiumSide(kinetics.first(), inventory(layers.get(0), materials, parameters, t));
        LithiumSide last = new LithiumSide(kinetics.second(), inventory(layers.get(layers.size() - 1), materials, parameters, t));
        double growth = interphaseRate(material(electrolyte(cell, materials), materials), t, parameters);
        parameters.put("electrolyteResistance", ohmCm2(kinetics.electrolyteResistance()));
        SymmetricState.Setup setup = new SymmetricState.Setup(first, last, kinetics.electrolyteResistance(), growth,
                failure(cell, materials, parameters));
        return new CyclingSimulation(new SymmetricState(setup), Double.NaN, parameters);
    }

    static CyclingSimulation full(CellProperties cell, MaterialCatalog materials) {
        Map<String, String> parameters = new LinkedHashMap<>();
        double t = cell.cell().temperature();
        List<LayerProperties> layers = cell.layers();
        LayerProperties cathode = layers.get(layers.size() - 1);
        Constituent active = cathodeActive(cathode, materials);
        Material lco = materials.find(active.material()).orElseThrow();
        String field = "layers[" + (layers.size() - 1) + "]";
        OcvCurve ocv = lco.ocv().orElseThrow();
        double activeMass = cathode.massPerArea(active.material());
        double theoretical = activeMass * value(lco, PropertyKey.SPECIFIC_CAPACITY, t, field, parameters);
        double nominal = activeMass * value(lco, PropertyKey.PRACTICAL_CAPACITY, t, field, parameters);
        double diameter = active.particleSize().isPresent() ? active.particleSize().getAsDouble()
                : value(lco, PropertyKey.PARTICLE_SIZE, t, field, parameters);
        double diffusivity = value(lco, PropertyKey.LI_DIFFUSIVITY, t, field, parameters);
        double surface = 6 * cathode.volumeFractions().get(active.material()) / diameter * cathode.thickness();
        ButlerVolmer cathodeKinetics = new ButlerVolmer(value(lco, PropertyKey.EXCHANGE_CURRENT_DENSITY, t, field, parameters),
                CellKinetics.DEFAULT_ALPHA, t);
        LithiumSide anode = new LithiumSide(CellKinetics.negativeElectrode(cell, materials, CellKinetics.DEFAULT_ALPHA),
                inventory(layers.get(0), materials, parameters, t));
        LayerProperties separator = electrolyte(cell, materials);
        double series = separator.ionicAreaResistance() + cathode.ionicAreaResistance() / 3;
        double growth = interphaseRate(material(separator, materials), t, parameters) / anode.faceFraction()
                + interphaseRate(lco, t, parameters) / surface;
        parameters.put("cathodeActiveMass", String.format(Locale.ROOT, "%.4g mg/cm2 (%s)", activeMass * 100, active.material()));
        parameters.put("oneC", String.format(Locale.ROOT, "%.4g mA/cm2", nominal / 3600 / 10));
        parameters.put("cathodeSurfacePerArea", String.format(Locale.ROOT, "%.4g (6 phi / d x thickness)", surface));
        parameters.put("seriesResistance", ohmCm2(series) + " (electrolyte + composite ionic / 3)");
        parameters.put("ocv", ocv.source());
        FullCellState.Setup setup = new FullCellState.Setup(anode, failure(cell, materials, parameters), series, growth,
                cathodeKinetics, surface, ocv, theoretical, diameter * diameter / 4 / diffusivity);
        return new CyclingSimulation(new FullCellState(setup), nominal, parameters);
    }

    /** The failure model of the cell's Li contacts from the metal's and the electrolyte's mechanics (docs/physics.md §3.5). */
    private static FailureModel failure(CellProperties cell, MaterialCatalog materials, Map<String, String> parameters) {
        Material li = metal(cell, materials);
        Material electrolyte = material(electrolyte(cell, materials), materials);
        double t = cell.cell().temperature();
        String metal = "layers[0]";
        double molarVolume = value(li, PropertyKey.MOLAR_MASS, t, metal, parameters) / value(li, PropertyKey.DENSITY, t, metal, parameters);
        double sand = FailureModel.selfDiffusionLimit(value(li, PropertyKey.LI_DIFFUSIVITY, t, metal, parameters), 1 / molarVolume);
        double pressure = cell.cell().stackPressure().orElse(0);
        double closure = FailureModel.creepClosureRate(pressure, value(li, PropertyKey.CREEP_STRESS_EXPONENT, t, metal, parameters),
                value(li, PropertyKey.YIELD_STRESS, t, metal, parameters), value(li, PropertyKey.CREEP_RATE_AT_YIELD, t, metal, parameters));
        String field = "layers (the electrolyte)";
        double toughness = value(electrolyte, PropertyKey.FRACTURE_TOUGHNESS, t, field, parameters);
        double flaw = value(electrolyte, PropertyKey.SURFACE_FLAW_SIZE, t, field, parameters);
        FailureModel model = new FailureModel(sand, closure, FailureModel.criticalOverpotential(toughness, molarVolume, flaw));
        parameters.put("sandConstant", String.format(Locale.ROOT, "%.4g A2 s/m4 = pi D_Li (c F)^2 / 4, Li self-diffusion",
                model.sandConstant()));
        parameters.put("creepClosureRate", pressure > 0
                ? String.format(Locale.ROOT, "%.4g 1/s: a void closes by power-law creep under the %.4g MPa stack pressure; "
                        + "stripping below %.4g mA/cm2 of contact never voids", closure, pressure / 1e6, model.creepLimitedFlux() / 10)
                : "0: no stackPressure given, so no creep closes voids (self-diffusion alone)");
        parameters.put("criticalOverpotential", String.format(Locale.ROOT, "%.4g mV = K_IC Omega / (F Y sqrt(pi a)): plated Li "
                + "at it presses %.4g MPa into flaws of %.3g um", model.criticalOverpotential() * 1e3,
                FailureModel.depositPressure(model.criticalOverpotential(), molarVolume) / 1e6, flaw * 1e6));
        return model;
    }

    /** k of R = k √t for the interphase at the electrolyte's Li-side face; 0 (and said so) if the material gives none. */
    private static double interphaseRate(Material m, double t, Map<String, String> parameters) {
        if (m.property(PropertyKey.INTERPHASE_GROWTH_RATE).isEmpty()) {
            parameters.put(m.id() + "." + PropertyKey.INTERPHASE_GROWTH_RATE.name(), "none given: no interphase growth");
            return 0;
        }
        return value(m, PropertyKey.INTERPHASE_GROWTH_RATE, t, "layers", parameters);
    }

    /** The Li a metal layer can give up, C/m²: thickness × ρ / M × F. */
    private static double inventory(LayerProperties layer, MaterialCatalog materials, Map<String, String> parameters,
            double t) {
        Material m = material(layer, materials);
        double c = value(m, PropertyKey.DENSITY, t, "layers", parameters) / value(m, PropertyKey.MOLAR_MASS, t, "layers", parameters);
        return layer.thickness() * c * Units.FARADAY;
    }

    private static LayerProperties electrolyte(CellProperties cell, MaterialCatalog materials) {
        for (LayerProperties layer : cell.layers()) {
            if (!layer.layer().isComposite() && role(layer, materials) == MaterialRole.SOLID_ELECTROLYTE) {
                return layer;
            }
        }
        throw new InvalidInputException(List.of(new FieldError("layers", "no layer is a solid electrolyte alone")));
    }

    private static Material metal(CellProperties cell, MaterialCatalog materials) {
        LayerProperties first = cell.layers().get(0);
        if (first.layer().isComposite() || role(first, materials) != MaterialRole.ANODE) {
            throw new InvalidInputException(List.of(new FieldError("layers[0]", "the cycling solver needs a metal "
                    + "(a material of role ANODE, such as li-metal) as the first layer")));
        }
        return material(first, materials);
    }

    private static MaterialRole role(LayerProperties layer, MaterialCatalog materials) {
        return material(layer, materials).role();
    }

    /** The (first) material of a layer; the cell model has checked that it is installed. */
    private static Material material(LayerProperties layer, MaterialCatalog materials) {
        return materials.find(layer.layer().constituents().get(0).material()).orElseThrow();
    }

    /** The constituent of a layer that is a cathode active material with an OCV curve; null if none. */
    private static Constituent cathodeActive(LayerProperties layer, MaterialCatalog materials) {
        for (Constituent c : layer.layer().constituents()) {
            Material m = materials.find(c.material()).orElse(null);
            if (m != null && m.role() == MaterialRole.CATHODE_ACTIVE && m.ocv().isPresent()) {
                return c;
            }
        }
        return null;
    }

    private static double value(Material m, PropertyKey key, double t, String field, Map<String, String> parameters) {
        Property p = m.property(key).orElseThrow(() -> missing(m, key, field));
        double v = p.at(t);
        parameters.put(m.id() + "." + key.name(), Units.format(key.toDisplay(v)) + " " + key.displayUnit() + " (" + p.source() + ")");
        return v;
    }

    private static InvalidInputException missing(Material m, PropertyKey key, String field) {
        return new InvalidInputException(List.of(new FieldError(field, "material '" + m.id() + "' has no " + key.name()
                + "; the cycling solver needs it")));
    }

    private static String ohmCm2(double ohmM2) {
        return String.format(Locale.ROOT, "%.4g ohm cm2", ohmM2 * 1e4);
    }
}
