package io.interphase.cell.internal;

import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.Cell;
import io.interphase.api.cell.Constituent;
import io.interphase.api.cell.Layer;
import io.interphase.api.cell.Percolation;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Quantity;
import io.interphase.api.units.UnitException;
import io.interphase.api.units.Units;
import io.interphase.cell.internal.FieldReader.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a cell description as parsed from JSON into a {@link Cell}: units resolved to SI, every field
 * checked against its allowed range and the available materials, all problems reported together.
 */
final class CellReader {

    static final int MAX_LAYERS = 50;
    static final Range AREA = new Range(0, false, 1, "more than 0 and at most 1 m2 (e.g. '0.785 cm2')");
    static final Range TEMPERATURE = new Range(150, true, 600, "150 to 600 K (-123 to 327 degC)");
    static final Range PRESSURE = new Range(0, true, 10e9, "0 to 10 GPa (e.g. '375 MPa')");
    static final Range THICKNESS = new Range(0, false, 0.01, "more than 0 and at most 10 mm (e.g. '30 um')");
    static final Range MASS = new Range(0, false, 1, "more than 0 and at most 1 kg (e.g. '80 mg')");
    static final Range FRACTION = new Range(0, false, 1, "more than 0 and at most 100 wt%");
    static final Range THRESHOLD = new Range(0, false, 0.999999, "a volume fraction between 0 and 1, exclusive");
    static final Range EXPONENT = new Range(0, false, 10, "more than 0 and at most 10");
    /** How far the mass fractions may miss 100 wt% (0.01 wt%). */
    static final double FRACTION_TOLERANCE = 1e-4;

    private static final Set<String> CELL_FIELDS = Set.of("name", "area", "temperature", "stackPressure", "layers");
    private static final Set<String> LAYER_FIELDS = Set.of("material", "composite", "thickness", "mass",
            "percolationThreshold", "percolationExponent");
    private static final Set<String> CONSTITUENT_FIELDS = Set.of("fraction", "particleSize");

    private final FieldReader in = new FieldReader();
    private final MaterialCatalog materials;

    private CellReader(MaterialCatalog materials) {
        this.materials = materials;
    }

    static Cell read(Map<String, ?> description, MaterialCatalog materials) {
        return new CellReader(materials).cell(description);
    }

    private Cell cell(Map<String, ?> d) {
        if (d == null) {
            throw new InvalidInputException("body", "expected a JSON object describing a cell");
        }
        in.rejectUnknown(d, "", CELL_FIELDS);
        Object nameValue = d.get("name");
        if (nameValue != null && !(nameValue instanceof String)) {
            in.error("name", "expected text, got " + FieldReader.describe(nameValue));
        }
        String name = nameValue instanceof String s ? s : "cell";
        OptionalDouble area = required(d, "area", Dimension.AREA, AREA);
        OptionalDouble temperature = required(d, "temperature", Dimension.TEMPERATURE, TEMPERATURE);
        OptionalDouble pressure = in.quantity(d.get("stackPressure"), "stackPressure", Dimension.PRESSURE, PRESSURE);
        List<Layer> layers = layers(d.get("layers"));
        if (!in.errors().isEmpty()) {
            throw new InvalidInputException(in.errors());
        }
        return new Cell(name, area.getAsDouble(), temperature.getAsDouble(), pressure, anodeFirst(layers));
    }

    /**
     * The layers from the Li anode on: a full cell written cathode first, as papers write it
     * (LZO@LCO | LPSCl | layer | Li), is the same cell, and every model reads a cell from its metal anode.
     */
    private List<Layer> anodeFirst(List<Layer> layers) {
        if (layers.size() > 1 && !holdsAnode(layers.get(0)) && holdsAnode(layers.get(layers.size() - 1))) {
            List<Layer> turned = new ArrayList<>(layers);
            java.util.Collections.reverse(turned);
            return turned;
        }
        return layers;
    }

    private boolean holdsAnode(Layer layer) {
        return layer.constituents().size() == 1 && materials.find(layer.constituents().get(0).material())
                .map(m -> m.role() == MaterialRole.ANODE).orElse(false);
    }

    private OptionalDouble required(Map<String, ?> d, String field, Dimension dimension, Range range) {
        if (d.get(field) == null) {
            in.error(field, "required; " + range.description());
            return OptionalDouble.empty();
        }
        return in.quantity(d.get(field), field, dimension, range);
    }

    private List<Layer> layers(Object value) {
        List<Layer> layers = new ArrayList<>();
        if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > MAX_LAYERS) {
            in.error("layers", "required: a list of 1 to " + MAX_LAYERS + " layers, negative side first, got "
                    + FieldReader.describe(value) + (value instanceof List<?> l ? " of " + l.size() : ""));
            return layers;
        }
        for (int i = 0; i < list.size(); i++) {
            Layer layer = layer(list.get(i), "layers[" + i + "]");
            if (layer != null) {
                layers.add(layer);
            }
        }
        return layers;
    }

    private Layer layer(Object value, String field) {
        Map<String, ?> d = in.object(value, field, "a layer with 'material' or 'composite', and 'thickness' or 'mass'");
        if (d == null) {
            return null;
        }
        int errorsBefore = in.errors().size();
        in.rejectUnknown(d, field + ".", LAYER_FIELDS);
        List<Constituent> constituents = constituents(d, field);
        OptionalDouble thickness = in.quantity(d.get("thickness"), field + ".thickness", Dimension.LENGTH, THICKNESS);
        OptionalDouble mass = in.quantity(d.get("mass"), field + ".mass", Dimension.MASS, MASS);
        if ((d.get("thickness") == null) == (d.get("mass") == null)) {
            in.error(field, "give exactly one of 'thickness' (e.g. '30 um') or 'mass' (e.g. '80 mg')");
        }
        OptionalDouble threshold = in.number(d.get("percolationThreshold"), field + ".percolationThreshold", THRESHOLD);
        OptionalDouble exponent = in.number(d.get("percolationExponent"), field + ".percolationExponent", EXPONENT);
        if (in.errors().size() > errorsBefore) {
            return null;
        }
        Percolation percolation = new Percolation(threshold.orElse(Percolation.SPHERES_3D.threshold()),
                exponent.orElse(Percolation.SPHERES_3D.exponent()));
        return new Layer(constituents, thickness, mass, percolation);
    }

    private List<Constituent> constituents(Map<String, ?> d, String field) {
        Object material = d.get("material");
        Object composite = d.get("composite");
        if ((material == null) == (composite == null)) {
            in.error(field, "give exactly one of 'material' (an id) or 'composite' (ids with mass fractions)");
            return List.of();
        }
        if (material != null) {
            return knownMaterial(material, field + ".material") ? List.of(Constituent.of((String) material, 1)) : List.of();
        }
        Map<String, ?> parts = in.object(composite, field + ".composite", "material ids with fractions such as '20 wt%'");
        if (parts == null || parts.isEmpty()) {
            if (parts != null) {
                in.error(field + ".composite", "name at least one material with its fraction, e.g. {\"lpscl\": \"100 wt%\"}");
            }
            return List.of();
        }
        List<Constituent> result = new ArrayList<>();
        double sum = 0;
        for (Map.Entry<String, ?> part : parts.entrySet()) {
            Constituent c = constituent(part.getKey(), part.getValue(), field + ".composite." + part.getKey());
            if (c != null) {
                result.add(c);
                sum += c.massFraction();
            }
        }
        if (result.size() == parts.size() && Math.abs(sum - 1) > FRACTION_TOLERANCE) {
            in.error(field + ".composite", "fractions add to " + Units.format(sum * 100) + " wt%; they must add to 100 wt%");
        }
        return result;
    }

    private Constituent constituent(String id, Object value, String field) {
        boolean known = knownMaterial(id, field);
        Object fractionValue = value;
        OptionalDouble particleSize = OptionalDouble.empty();
        if (value instanceof Map<?, ?>) {
            Map<String, ?> d = in.object(value, field, "fraction and particleSize");
            in.rejectUnknown(d, field + ".", CONSTITUENT_FIELDS);
            fractionValue = d.get("fraction");
            particleSize = in.quantity(d.get("particleSize"), field + ".particleSize", Dimension.LENGTH, THICKNESS);
            if (fractionValue == null) {
                in.error(field + ".fraction", "required; " + FRACTION.description());
            }
        }
        OptionalDouble fraction = massFraction(fractionValue, value instanceof Map ? field + ".fraction" : field);
        return known && fraction.isPresent() ? new Constituent(id, fraction.getAsDouble(), particleSize) : null;
    }

    /** A mass fraction written in wt%; other fractions (vol%, plain numbers) are refused by name. */
    private OptionalDouble massFraction(Object value, String field) {
        if (value instanceof String text) {
            try {
                Quantity q = Units.parse(text);
                if (!q.unit().symbol().equals("wt%")) {
                    in.error(field, "'" + text.strip() + "' is not a mass fraction; write it in wt%, e.g. '20 wt%'");
                    return OptionalDouble.empty();
                }
            } catch (UnitException e) {
                in.error(field, e.getMessage() + "; write a mass fraction such as '20 wt%'");
                return OptionalDouble.empty();
            }
        }
        return in.quantity(value, field, Dimension.NONE, FRACTION);
    }

    private boolean knownMaterial(Object id, String field) {
        if (!(id instanceof String s)) {
            in.error(field, "expected a material id, got " + FieldReader.describe(id));
            return false;
        }
        if (materials.find(s).isEmpty()) {
            in.error(field, "no material '" + s + "'; available: " + String.join(", ", materials.ids()));
            return false;
        }
        return true;
    }
}
