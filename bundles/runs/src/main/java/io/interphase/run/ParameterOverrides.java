package io.interphase.run;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.material.Material;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.material.MaterialRole;
import io.interphase.api.material.OcvCurve;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import io.interphase.api.material.TemperatureDependence;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A recipe's {@code "parameters"}: material properties set for this run only, so a researcher can
 * try another value of an assumption (a material marks its assumptions; docs/physics.md §2) without a new bundle.
 * <pre>
 * "parameters": {"lco-lzo": {"exchangeCurrentDensity": "1 mA/cm2"},
 *                "li-metal": {"exchangeCurrentDensity": {"value": "0.4 mA/cm2", "at": "-5 degC"}}}
 * </pre>
 * A value is at 25 °C unless {@code "at"} says otherwise; the property keeps its temperature law,
 * scaled to pass through the new value. The run's provenance shows each one as set by the recipe.
 */
final class ParameterOverrides {

    /** Properties whose zero means "this mechanism off" rather than a broken cell. */
    private static final Set<PropertyKey> MAY_BE_ZERO = Set.of(PropertyKey.INTERPHASE_GROWTH_RATE);

    private ParameterOverrides() {
    }

    /** The materials with the recipe's parameters in place; the catalog itself when it sets none. */
    static MaterialCatalog apply(Object parameters, MaterialCatalog materials) {
        if (parameters == null) {
            return materials;
        }
        List<FieldError> errors = new ArrayList<>();
        if (!(parameters instanceof Map<?, ?> byMaterial)) {
            throw new InvalidInputException("parameters", "an object of material id to {property: value}, such as "
                    + "{\"lco-lzo\": {\"exchangeCurrentDensity\": \"1 mA/cm2\"}}");
        }
        List<Material> all = new ArrayList<>(materials.all());
        for (Map.Entry<?, ?> e : byMaterial.entrySet()) {
            String id = String.valueOf(e.getKey());
            String field = "parameters." + id;
            Optional<Material> found = materials.find(id);
            if (found.isEmpty()) {
                errors.add(new FieldError(field, "unknown material; installed: " + String.join(", ", materials.ids())));
            } else if (!(e.getValue() instanceof Map<?, ?> values)) {
                errors.add(new FieldError(field, "an object of property name to value, such as {\"density\": \"2.0 g/cm3\"}"));
            } else {
                Material m = found.get();
                List<Property> properties = new ArrayList<>(m.properties());
                values.forEach((name, value) -> override(properties, m, String.valueOf(name), value, field, errors));
                all.set(all.indexOf(m), new Overridden(m, properties));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return MaterialCatalog.of(all);
    }

    private static void override(List<Property> properties, Material m, String name, Object value, String materialField,
            List<FieldError> errors) {
        String field = materialField + "." + name;
        Optional<Property> old = m.property(name);
        if (old.isEmpty()) {
            errors.add(new FieldError(field, "unknown property of " + m.id() + "; it has: "
                    + String.join(", ", properties.stream().map(p -> p.key().name()).toList())));
            return;
        }
        Property p = old.get();
        Object text = value instanceof Map<?, ?> at ? at.get("value") : value;
        Object atText = value instanceof Map<?, ?> at ? at.get("at") : null;
        String unit = p.key().displayUnit();
        try {
            double si = Units.parse(String.valueOf(text), p.key().dimension());
            double kelvin = atText == null ? TemperatureDependence.REFERENCE_TEMPERATURE
                    : Units.parse(String.valueOf(atText), Dimension.TEMPERATURE);
            boolean zeroAllowed = MAY_BE_ZERO.contains(p.key());
            if (!Double.isFinite(si) || si < p.key().minimum() || si < 0 || si == 0 && !zeroAllowed) {
                errors.add(new FieldError(field, "must be a " + (zeroAllowed ? "finite value of zero or more" : "positive, finite value")
                        + " such as '" + Units.format(p.key().toDisplay(p.at(kelvin))) + " " + unit + "', got '" + text + "'"));
                return;
            }
            if (!(kelvin > 0)) {
                errors.add(new FieldError(field + ".at", "must be a temperature above absolute zero, got '" + atText + "'"));
                return;
            }
            double own = p.at(kelvin);
            TemperatureDependence law = own > 0 ? new Scaled(p.value(), si / own) : TemperatureDependence.constant(si);
            String source = "set by the recipe to " + text + (atText == null ? " at 25 degC" : " at " + atText)
                    + "; the material's own figure: " + p.source();
            properties.set(properties.indexOf(p), new Property(p.key(), law, source,
                    "a value the recipe chose"));
        } catch (IllegalArgumentException ex) {
            errors.add(new FieldError(field, "a value with a unit of " + p.key().dimension().describe() + " such as '"
                    + Units.format(p.key().toDisplay(p.at(TemperatureDependence.REFERENCE_TEMPERATURE))) + " " + unit
                    + "', or {\"value\": ..., \"at\": \"-5 degC\"}; " + ex.getMessage()));
        }
    }

    /** A material's law times a factor: the same temperature dependence through the recipe's value. */
    private record Scaled(TemperatureDependence base, double factor) implements TemperatureDependence {
        @Override
        public double at(double kelvin) {
            return base.at(kelvin) * factor;
        }

        @Override
        public String describe() {
            return base.describe() + ", scaled by " + Units.format(factor) + " by the recipe";
        }
    }

    /** A material with some properties replaced; everything else is the installed material's. */
    private record Overridden(Material base, List<Property> properties) implements Material {
        @Override
        public String id() {
            return base.id();
        }

        @Override
        public String name() {
            return base.name();
        }

        @Override
        public MaterialRole role() {
            return base.role();
        }

        @Override
        public Optional<OcvCurve> ocv() {
            return base.ocv();
        }
    }
}
