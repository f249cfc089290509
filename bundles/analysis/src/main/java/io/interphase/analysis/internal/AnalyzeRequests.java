package io.interphase.analysis.internal;

import io.interphase.analysis.EisAnalysis;
import io.interphase.analysis.InstrumentFiles;
import io.interphase.analysis.TafelAnalysis;
import io.interphase.api.InvalidInputException;
import io.interphase.api.units.Dimension;
import io.interphase.api.units.Units;
import io.interphase.solver.eis.Spectrum;
import io.interphase.solver.kinetics.Sweep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies of {@code POST /api/analyze/eis} and {@code /api/analyze/tafel} ({@link EisRequestAnalysis},
 * {@link TafelRequestAnalysis}): a file's text as {@code data}, or the numbers as arrays, plus the options
 * of the command line. They answer the same JSON as {@code workbench analyze}.
 */
final class AnalyzeRequests {

    private AnalyzeRequests() {
    }

    /** {"circuit", "data" | "spectrum": {"frequency", "real", "imaginary"}, "initial"?, "weighting"?, "inductive"?} */
    static Map<String, Object> eis(Map<String, Object> body) {
        Spectrum spectrum;
        if (body.get("data") instanceof String text) {
            spectrum = InstrumentFiles.spectrum(text);
        } else if (body.get("spectrum") instanceof Map<?, ?> s) {
            try {
                spectrum = new Spectrum(numbers(s, "spectrum.frequency"), numbers(s, "spectrum.real"),
                        numbers(s, "spectrum.imaginary"));
            } catch (IllegalArgumentException e) {
                throw e instanceof InvalidInputException ie ? ie : new InvalidInputException("spectrum", e.getMessage());
            }
        } else {
            throw new InvalidInputException("data", "give the file's text as \"data\", or \"spectrum\": "
                    + "{\"frequency\": [...], \"real\": [...], \"imaginary\": [...]}");
        }
        Object circuit = body.get("circuit");
        Map<String, Double> initial = new LinkedHashMap<>();
        if (body.get("initial") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> initial.put(String.valueOf(k), number(v, "initial." + k)));
        }
        String weighting = body.get("weighting") instanceof String w ? w : "modulus";
        Object inductive = body.get("inductive");
        if (inductive != null && !(inductive instanceof String)) {
            throw new InvalidInputException("inductive", "keep or drop");
        }
        spectrum = EisAnalysis.inductive(spectrum, (String) inductive, "inductive");
        return EisAnalysis.analyze(spectrum, circuit instanceof String c ? c : null, initial, EisAnalysis.weighting(weighting));
    }

    /** {"data" | "sweep": {"voltage" (V), "currentDensity" (mA/cm2)}, "area", "temperature"?, "electrodes"?, "maxVoltage"?, "seriesResistance"?} */
    static Map<String, Object> tafel(Map<String, Object> body) {
        double area = quantity(body, "area", Dimension.AREA, null);
        Sweep sweep;
        if (body.get("data") instanceof String text) {
            if (!(area > 0)) {
                throw new InvalidInputException("area", "required with \"data\", a positive area such as \"0.785 cm2\"");
            }
            sweep = InstrumentFiles.sweep(text, area);
        } else if (body.get("sweep") instanceof Map<?, ?> s) {
            double[] j = numbers(s, "sweep.currentDensity");
            for (int i = 0; i < j.length; i++) {
                j[i] *= 10; // mA/cm² to A/m²
            }
            try {
                sweep = new Sweep(numbers(s, "sweep.voltage"), j);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("sweep", e.getMessage());
            }
        } else {
            throw new InvalidInputException("data", "give the file's text as \"data\", or \"sweep\": "
                    + "{\"voltage\": [...], \"currentDensity\": [...]} in V and mA/cm2");
        }
        double kelvin = quantity(body, "temperature", Dimension.TEMPERATURE, "25 degC");
        if (body.containsKey("seriesResistance") && !(area > 0)) {
            throw new InvalidInputException("area", "required with \"seriesResistance\", which is in ohms for the whole cell");
        }
        double rs = quantity(body, "seriesResistance", Dimension.RESISTANCE, null) * area;
        double vmax = body.containsKey("maxVoltage") ? quantity(body, "maxVoltage", Dimension.VOLTAGE, null) : Double.POSITIVE_INFINITY;
        Object electrodes = body.getOrDefault("electrodes", 2.0);
        if (!(electrodes instanceof Double d) || (d != 1 && d != 2)) {
            throw new InvalidInputException("electrodes", "must be 2 (symmetric cell) or 1 (against a reference), got " + electrodes);
        }
        return TafelAnalysis.analyze(sweep, kelvin, ((Double) electrodes).intValue(), rs, vmax);
    }

    private static double quantity(Map<String, Object> body, String field, Dimension d, String defaultValue) {
        Object v = body.get(field);
        if (v == null) {
            return defaultValue == null ? Double.NaN : Units.parse(defaultValue, d);
        }
        if (!(v instanceof String text)) {
            throw new InvalidInputException(field, "must be a string with a unit, such as \"" + Units.example(d) + "\"");
        }
        try {
            return Units.parse(text, d);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private static double[] numbers(Map<?, ?> m, String field) {
        Object v = m.get(field.substring(field.indexOf('.') + 1));
        if (!(v instanceof List<?> list)) {
            throw new InvalidInputException(field, "must be an array of numbers");
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(list.get(i), field + "[" + i + "]");
        }
        return out;
    }

    private static double number(Object v, String field) {
        if (v instanceof Double d && Double.isFinite(d)) {
            return d;
        }
        throw new InvalidInputException(field, "must be a finite number, got " + v);
    }
}
