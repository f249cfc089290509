package io.interphase.solver.kinetics;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.cell.Layer;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.PropertyKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link SymmetricCell} of a cell's layers: metal, optional interlayer, solid electrolyte,
 * optional interlayer, metal.
 *
 * <p>Where the kinetics come from (docs/physics.md §3.2): a bare face takes the metal's
 * {@code exchangeCurrentDensity} (for Li, bare Li | LPSCl, the calibration point). In an interlayer
 * each kind of contact takes its own, per unit of true contact area: the contacts of its electron
 * conductors with Li⁺ conductors (inside the layer and at the electrolyte face) the electron
 * conductors' declared {@code exchangeCurrentDensity} (lithiated carbon: Li⁺ entering the carbon), the
 * contact of its ion conductors with the metal the ion conductors' (LLZTO | Li), each the
 * volume-weighted mean over the constituents of that kind that declare one. Where none does, the
 * metal's figure stands in, an assumption the material's author removes by declaring a value.
 */
public final class CellKinetics {

    /** The transfer coefficient when none is given: a symmetric barrier, as docs/physics.md §3.2 takes. */
    public static final double DEFAULT_ALPHA = 0.5;

    private CellKinetics() {
    }

    /**
     * The symmetric cell of these layers.
     *
     * @throws InvalidInputException naming the layer that does not fit Li | (layer) | electrolyte | (layer) | Li,
     *     or a missing material property
     */
    public static SymmetricCell symmetric(CellProperties cell, MaterialCatalog materials, double alpha) {
        List<LayerProperties> layers = cell.layers();
        List<FieldError> errors = new ArrayList<>();
        int electrolyte = electrolyteIndex(layers, materials, errors);
        Material firstMetal = metal(layers, 0, materials, errors);
        Material lastMetal = metal(layers, layers.size() - 1, materials, errors);
        if (electrolyte >= 0 && (electrolyte > 2 || layers.size() - 1 - electrolyte > 2)) {
            errors.add(new FieldError("layers", "a symmetric cell has at most one interlayer between each metal and the "
                    + "electrolyte: metal | (layer) | electrolyte | (layer) | metal"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        double t = cell.cell().temperature();
        Electrode first = electrode(layers, 0, electrolyte, kinetics(firstMetal, alpha, t, "layers[0]"), materials, t);
        Electrode second = electrode(layers, layers.size() - 1, electrolyte,
                kinetics(lastMetal, alpha, t, "layers[" + (layers.size() - 1) + "]"), materials, t);
        return new SymmetricCell(first, layers.get(electrolyte).ionicAreaResistance(), second, t);
    }

    /**
     * The electrode at the metal of {@code layers[0]}: a bare face if the next layer is the solid
     * electrolyte, otherwise the mixed-conducting interlayer between them. The cell may continue
     * with anything after the electrolyte (a cathode composite in a full cell).
     *
     * @throws InvalidInputException naming the layer that does not fit metal | (layer) | electrolyte | ...
     */
    public static Electrode negativeElectrode(CellProperties cell, MaterialCatalog materials, double alpha) {
        List<LayerProperties> layers = cell.layers();
        List<FieldError> errors = new ArrayList<>();
        Material metal = metal(layers, 0, materials, errors);
        int electrolyte = -1;
        for (int i = 1; i < Math.min(3, layers.size()) && electrolyte < 0; i++) {
            if (role(layers.get(i).layer(), materials) == MaterialRole.SOLID_ELECTROLYTE) {
                electrolyte = i;
            }
        }
        if (electrolyte < 0) {
            errors.add(new FieldError("layers", "the negative side must be metal | (layer) | solid electrolyte: layers[1] "
                    + "or layers[2] must be a solid electrolyte alone"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        double t = cell.cell().temperature();
        return electrode(layers, 0, electrolyte, kinetics(metal, alpha, t, "layers[0]"), materials, t);
    }

    private static Electrode electrode(List<LayerProperties> layers, int metal, int electrolyte, ButlerVolmer kinetics,
            MaterialCatalog materials, double t) {
        if (Math.abs(electrolyte - metal) == 1) {
            return new Electrode.Face(kinetics, 1);
        }
        LayerProperties layer = layers.get((metal + electrolyte) / 2);
        double electronConductors = 0;
        double ionConductors = 0;
        double electronI0 = 0;
        double ionI0 = 0;
        double electronDeclared = 0;
        double ionDeclared = 0;
        for (Map.Entry<String, Double> e : layer.volumeFractions().entrySet()) {
            Material m = materials.find(e.getKey()).orElseThrow();
            double ionic = m.property(PropertyKey.IONIC_CONDUCTIVITY).map(p -> p.at(t)).orElse(0.0);
            double electronic = m.property(PropertyKey.ELECTRONIC_CONDUCTIVITY).map(p -> p.at(t)).orElse(0.0);
            double i0 = m.property(PropertyKey.EXCHANGE_CURRENT_DENSITY).map(p -> p.at(t)).orElse(Double.NaN);
            double phi = e.getValue();
            // the same classification as the cell model's interface area: whichever conductivity is larger
            if (electronic > ionic) {
                electronConductors += phi;
                if (i0 > 0) {
                    electronI0 += phi * i0;
                    electronDeclared += phi;
                }
            } else if (ionic > electronic) {
                ionConductors += phi;
                if (i0 > 0) {
                    ionI0 += phi * i0;
                    ionDeclared += phi;
                }
            }
        }
        ButlerVolmer onElectronConductors = electronDeclared > 0 ? kinetics.withExchangeCurrent(electronI0 / electronDeclared) : kinetics;
        ButlerVolmer onMetal = ionDeclared > 0 ? kinetics.withExchangeCurrent(ionI0 / ionDeclared) : kinetics;
        return new MixedConductorLayer(layer.thickness(), layer.ionicConductivity(), layer.electronicConductivity(),
                layer.interfaceAreaDensity(), Math.min(1, electronConductors), Math.min(1, ionConductors),
                new ContactKinetics(onElectronConductors, onElectronConductors, onMetal), MixedConductorLayer.DEFAULT_CELLS);
    }

    private static ButlerVolmer kinetics(Material metal, double alpha, double t, String field) {
        double i0 = metal.property(PropertyKey.EXCHANGE_CURRENT_DENSITY).map(p -> p.at(t)).orElse(Double.NaN);
        if (!(i0 > 0)) {
            throw new InvalidInputException(List.of(new FieldError(field, "material '" + metal.id()
                    + "' has no positive exchangeCurrentDensity; Butler–Volmer kinetics need it")));
        }
        return new ButlerVolmer(i0, alpha, t);
    }

    private static int electrolyteIndex(List<LayerProperties> layers, MaterialCatalog materials, List<FieldError> errors) {
        int found = -1;
        for (int i = 0; i < layers.size(); i++) {
            if (role(layers.get(i).layer(), materials) == MaterialRole.SOLID_ELECTROLYTE) {
                if (found >= 0) {
                    errors.add(new FieldError("layers[" + i + "]", "a symmetric cell has one solid-electrolyte layer; "
                            + "another is layers[" + found + "]"));
                }
                found = i;
            }
        }
        if (found < 0) {
            errors.add(new FieldError("layers", "no layer is a solid electrolyte alone; a symmetric cell is "
                    + "metal | (layer) | electrolyte | (layer) | metal"));
        }
        return found;
    }

    private static Material metal(List<LayerProperties> layers, int index, MaterialCatalog materials, List<FieldError> errors) {
        Layer layer = layers.get(index).layer();
        if (role(layer, materials) != MaterialRole.ANODE) {
            errors.add(new FieldError("layers[" + index + "]", "a symmetric cell starts and ends with a metal layer "
                    + "(a material of role ANODE, such as li-metal)"));
            return null;
        }
        return materials.find(layer.constituents().get(0).material()).orElseThrow();
    }

    /** The role of a single-material layer; null for a composite. */
    private static MaterialRole role(Layer layer, MaterialCatalog materials) {
        if (layer.isComposite()) {
            return null;
        }
        return materials.find(layer.constituents().get(0).material()).map(Material::role).orElse(null);
    }
}
