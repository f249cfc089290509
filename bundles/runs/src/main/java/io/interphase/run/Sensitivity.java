package io.interphase.run;

import io.interphase.api.InvalidInputException;
import io.interphase.api.material.Material;
import io.interphase.api.material.Property;
import io.interphase.api.material.PropertyKey;
import io.interphase.api.run.Recipe;
import io.interphase.api.run.Result;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How a run's headline figures hang on its assumptions: every material property of the cell that is marked
 * as an assumption is set, for one run each, to its value divided and multiplied by a factor (through the
 * recipe's {@code parameters}, as a researcher would), and the figures of the three runs are compared.
 * Voltages and temperatures are not scaled (a cut-off times two is no longer a cell); they are listed as
 * left out.
 */
public final class Sensitivity {

    /** The summary figures reported, with a map's entries flattened ("capacity_mAh_g.30C"). */
    static final Set<String> HEADLINES = Set.of("ccd_mA_cm2", "hours_to_short", "cycles_to_80pct",
            "initial_capacity_mAh_g", "capacity_mAh_g", "polarization_mV.last");

    /** One assumption varied: the material, the property, its value at the cell's temperature in its display unit. */
    public record Variation(String material, String property, double value, String unit) {
        /** The recipe parameter that sets it to {@code factor} times its value, at the cell's temperature. */
        Map<String, Object> parameter(double factor, double kelvin) {
            return Map.of("value", Units.format(value * factor) + " " + unit, "at", Units.format(kelvin) + " K");
        }

        public String name() {
            return material + "." + property;
        }
    }

    /** A figure at the base run and with the assumption divided (low) and multiplied (high) by the factor. */
    public record Row(Variation variation, String figure, double base, double low, double high) {
        /** The larger relative change, for ordering a tornado plot. */
        public double swing() {
            return Math.max(Math.abs(low - base), Math.abs(high - base)) / Math.abs(base);
        }
    }

    /** The table and what was left out and why. */
    public record Report(double factor, Map<String, Double> base, List<Row> rows, List<String> leftOut) {
    }

    private Sensitivity() {
    }

    /** The assumptions of the cell's materials that can be scaled, and those that cannot. */
    public static List<Variation> variations(Recipe recipe, List<String> leftOut) {
        double kelvin = recipe.cell().cell().temperature();
        Set<String> used = new LinkedHashSet<>();
        recipe.cell().layers().forEach(l -> l.layer().constituents().forEach(c -> used.add(c.material())));
        List<Variation> out = new ArrayList<>();
        for (String id : used) {
            Material m = recipe.materials().find(id).orElseThrow();
            for (Property p : m.properties()) {
                if (!p.isAssumption()) {
                    continue;
                }
                PropertyKey key = p.key();
                Dimension d = key.dimension();
                double value = key.toDisplay(p.at(kelvin));
                if (d.equals(Dimension.VOLTAGE) || d.equals(Dimension.TEMPERATURE) || !(value > 0)) {
                    leftOut.add(id + "." + key.name() + " (" + Units.format(value) + " " + key.displayUnit() + "): not scaled");
                } else {
                    out.add(new Variation(id, key.name(), value, key.displayUnit()));
                }
            }
        }
        return out;
    }

    /** The recipe as given with one more parameter in place. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(Map<String, Object> given, Variation v, double factor, double kelvin) {
        Map<String, Object> recipe = new LinkedHashMap<>(given);
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (recipe.get("parameters") instanceof Map<?, ?> existing) {
            existing.forEach((k, val) -> parameters.put((String) k, val instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : val));
        }
        Map<String, Object> ofMaterial = (Map<String, Object>) parameters.computeIfAbsent(v.material(), k -> new LinkedHashMap<>());
        ofMaterial.put(v.property(), v.parameter(factor, kelvin));
        recipe.put("parameters", parameters);
        return recipe;
    }

    /** The headline figures among a run's figures as the study flattens them ({@link Study#figures}). */
    public static Map<String, Double> figures(Result result) {
        Map<String, Double> out = new LinkedHashMap<>();
        Study.figures(result).forEach((name, value) -> {
            int dot = name.indexOf('.');
            if (value instanceof Number n && (HEADLINES.contains(name) || dot > 0 && HEADLINES.contains(name.substring(0, dot)))) {
                out.put(name, n.doubleValue());
            }
        });
        return out;
    }

    /**
     * Runs the base recipe and each variation down and up by the factor, {@code run} turning a recipe as
     * given into a result (and running them as it likes), and tabulates every headline figure the base run has.
     */
    public static Report of(Recipe base, double factor, Function<List<Map<String, Object>>, List<Result>> run) {
        if (!(factor > 1) || !Double.isFinite(factor)) {
            throw new InvalidInputException("--factor", "a number above 1, got " + Units.format(factor));
        }
        List<String> leftOut = new ArrayList<>();
        List<Variation> variations = variations(base, leftOut);
        double kelvin = base.cell().cell().temperature();
        List<Map<String, Object>> recipes = new ArrayList<>(List.of(base.given()));
        for (Variation v : variations) {
            recipes.add(with(base.given(), v, 1 / factor, kelvin));
            recipes.add(with(base.given(), v, factor, kelvin));
        }
        List<Result> results = run.apply(recipes);
        Map<String, Double> baseFigures = figures(results.get(0));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < variations.size(); i++) {
            Map<String, Double> low = figures(results.get(1 + 2 * i));
            Map<String, Double> high = figures(results.get(2 + 2 * i));
            for (Map.Entry<String, Double> f : baseFigures.entrySet()) {
                rows.add(new Row(variations.get(i), f.getKey(), f.getValue(), low.getOrDefault(f.getKey(), Double.NaN),
                        high.getOrDefault(f.getKey(), Double.NaN)));
            }
        }
        return new Report(factor, baseFigures, rows, leftOut);
    }
}
