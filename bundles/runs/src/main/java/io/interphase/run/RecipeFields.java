package io.interphase.run;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.LayerProperties;
import io.interphase.api.run.Exporter;
import io.interphase.api.run.Limits;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.Step;
import io.interphase.api.run.Stimulus;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.UnitException;
import io.interphase.api.units.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/** The run parts of a recipe read and checked (protocol, outputs, settings), and the recipe as run with units resolved. */
final class RecipeFields {

    private static final Dimension CAPACITANCE_PER_AREA = Dimension.CAPACITANCE.times(Dimension.AREA.pow(-1));

    private RecipeFields() {
    }

    /** The protocol's lines: a list of strings, or one string of lines; empty when the recipe has none. */
    static List<String> protocol(Object p) {
        if (p == null) {
            return List.of();
        }
        if (p instanceof String s) {
            return List.of(s.split("\\R", -1));
        }
        if (!(p instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidInputException("protocol", "a list of lines such as "
                    + "[\"Charge at 1C until 4.2 V\", \"Discharge at 1C until 3.0 V\"]");
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String line)) {
                throw new InvalidInputException("protocol[" + i + "]", "each protocol line is a string");
            }
            lines.add(line);
        }
        return lines;
    }

    /** The exporter ids the recipe asks for ("outputs": ["csv", "svg"]), each installed; empty for all. */
    static List<String> outputs(Object o, List<Exporter> installed) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> list) || list.stream().anyMatch(id -> !(id instanceof String))) {
            throw new InvalidInputException("outputs", "a list of format ids; installed: " + ids(installed));
        }
        List<String> ids = list.stream().map(String.class::cast).toList();
        exportersOf(ids, installed);
        return ids;
    }

    /** The installed exporters of these ids, in their order. */
    static List<Exporter> exportersOf(List<String> ids, List<Exporter> installed) {
        List<Exporter> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(installed.stream().filter(x -> x.formatId().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("outputs", "no installed exporter '" + id
                            + "'; installed: " + ids(installed))));
        }
        return chosen;
    }

    private static String ids(List<Exporter> installed) {
        return String.join(", ", installed.stream().map(Exporter::formatId).sorted().toList());
    }

    /** {@code "sweep": {"maxVoltage": "0.3 V", "points": 61}}. */
    static Recipe.Sweep sweep(Object value) {
        Map<?, ?> m = section(value, "sweep", Set.of("maxVoltage", "points"));
        if (m.isEmpty()) {
            return Recipe.Sweep.DEFAULT;
        }
        List<FieldError> errors = new ArrayList<>();
        Recipe.Sweep sweep = new Recipe.Sweep(quantity(m, "sweep", "maxVoltage", Dimension.VOLTAGE, errors),
                integer(m, "sweep", "points", 3, 10_001, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return sweep;
    }

    /** {@code "eis": {"fmin": "0.1 Hz", "fmax": "1 MHz", "pointsPerDecade": 10, "doubleLayerCapacitance": "10 uF/cm2"}}. */
    static Recipe.Spectrum spectrum(Object value) {
        Map<?, ?> m = section(value, "eis", Set.of("fmin", "fmax", "pointsPerDecade", "doubleLayerCapacitance"));
        if (m.isEmpty()) {
            return Recipe.Spectrum.DEFAULT;
        }
        List<FieldError> errors = new ArrayList<>();
        Recipe.Spectrum spectrum = new Recipe.Spectrum(quantity(m, "eis", "fmin", Dimension.FREQUENCY, errors),
                quantity(m, "eis", "fmax", Dimension.FREQUENCY, errors),
                integer(m, "eis", "pointsPerDecade", 1, 1000, errors),
                quantity(m, "eis", "doubleLayerCapacitance", CAPACITANCE_PER_AREA, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return spectrum;
    }

    private static Map<?, ?> section(Object value, String field, Set<String> allowed) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw new InvalidInputException(field, "an object with " + String.join(", ", new TreeSet<>(allowed)));
        }
        List<FieldError> unknown = new ArrayList<>();
        for (Object key : m.keySet()) {
            if (!allowed.contains(key)) {
                unknown.add(new FieldError(field + "." + key, "unknown setting; allowed: "
                        + String.join(", ", new TreeSet<>(allowed))));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return m;
    }

    /** A positive, finite quantity with a unit ("0.3 V"); empty when absent or bad (the error kept). */
    private static OptionalDouble quantity(Map<?, ?> m, String section, String key, Dimension d, List<FieldError> errors) {
        Object v = m.get(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        String field = section + "." + key;
        if (!(v instanceof String text)) {
            errors.add(new FieldError(field, "a value with its unit, such as \"" + Units.example(d) + "\""));
            return OptionalDouble.empty();
        }
        try {
            double value = Units.parse(text, d);
            if (value > 0 && Double.isFinite(value)) {
                return OptionalDouble.of(value);
            }
            errors.add(new FieldError(field, "must be positive and finite, got '" + text + "'"));
        } catch (UnitException e) {
            errors.add(new FieldError(field, e.getMessage()));
        }
        return OptionalDouble.empty();
    }

    /** A whole number from min to max; empty when absent or bad (the error kept). */
    private static OptionalInt integer(Map<?, ?> m, String section, String key, int min, int max, List<FieldError> errors) {
        Object v = m.get(key);
        if (v == null) {
            return OptionalInt.empty();
        }
        if (v instanceof Double d && d == Math.rint(d) && d >= min && d <= max) {
            return OptionalInt.of(d.intValue());
        }
        errors.add(new FieldError(section + "." + key, "a whole number from " + min + " to " + max + ", got " + v));
        return OptionalInt.empty();
    }

    /** The recipe as given and as run: SI values of the cell and every parsed step. */
    static Map<String, Object> resolved(Recipe recipe) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("name", recipe.cell().cell().name());
        cell.put("area_m2", recipe.cell().cell().area());
        cell.put("temperature_K", recipe.cell().cell().temperature());
        List<Object> layers = new ArrayList<>();
        for (LayerProperties l : recipe.cell().layers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("volumeFractions", l.volumeFractions());
            m.put("thickness_m", l.thickness());
            m.put("density_kg_m3", l.density());
            m.put("ionicConductivity_S_m", l.ionicConductivity());
            m.put("electronicConductivity_S_m", l.electronicConductivity());
            m.put("interfaceAreaDensity_1_m", l.interfaceAreaDensity());
            layers.add(m);
        }
        cell.put("layers", layers);
        cell.put("nominalCapacity_C_m2", recipe.nominalCapacity());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("given", recipe.given());
        out.put("cell", cell);
        out.put("solver", recipe.solver().orElse(null));
        out.put("steps", steps(recipe.steps()));
        return out;
    }

    private static List<Object> steps(List<Step> steps) {
        List<Object> out = new ArrayList<>();
        for (Step s : steps) {
            out.add(s.accept(AS_RUN));
        }
        return out;
    }

    /** Each step as run, SI. */
    private static final Step.Visitor<Map<String, Object>> AS_RUN = new Step.Visitor<>() {
        @Override
        public Map<String, Object> apply(Step.Apply a) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("action", a.action());
            m.putAll(a.stimulus().accept(STIMULUS));
            m.put("cRate", a.cRate());
            return m;
        }

        @Override
        public Map<String, Object> repeat(Step.Repeat r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("repeat", r.times());
            m.put("untilVoltageLimit", r.untilVoltageLimit());
            m.put("steps", steps(r.body()));
            return m;
        }

        @Override
        public Map<String, Object> ramp(Step.Ramp r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ramp_start_A_m2", r.start());
            m.put("ramp_increment_A_m2", r.increment());
            m.put("charge_per_half_cycle_C_m2", r.chargePerHalfCycle());
            m.put("ramp_max_A_m2", r.maxCurrent());
            return m;
        }
    };

    /** A stimulus's figures, SI. */
    private static final Stimulus.Visitor<Map<String, Object>> STIMULUS = new Stimulus.Visitor<>() {
        @Override
        public Map<String, Object> constantCurrent(Stimulus.ConstantCurrent cc) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("currentDensity_A_m2", cc.currentDensity());
            limits(cc.limits(), m);
            return m;
        }

        @Override
        public Map<String, Object> constantVoltage(Stimulus.ConstantVoltage cv) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("voltage_V", cv.voltage());
            limits(cv.limits(), m);
            return m;
        }

        @Override
        public Map<String, Object> rest(Stimulus.Rest r) {
            return Map.of("duration_s", r.duration());
        }

        @Override
        public Map<String, Object> frequencySweep(Stimulus.FrequencySweep f) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("frequencies_Hz", f.frequencies());
            m.put("amplitude_V", f.amplitude());
            return m;
        }

        @Override
        public Map<String, Object> potentialSweep(Stimulus.PotentialSweep p) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from_V", p.from());
            m.put("to_V", p.to());
            m.put("rate_V_s", p.rate());
            return m;
        }
    };

    private static void limits(Limits l, Map<String, Object> m) {
        m.put("duration_s", l.duration());
        m.put("minVoltage_V", l.minVoltage());
        m.put("maxVoltage_V", l.maxVoltage());
        m.put("minCurrent_A_m2", l.minCurrent());
        m.put("charge_C_m2", l.charge());
    }
}
