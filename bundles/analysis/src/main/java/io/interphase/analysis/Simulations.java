package io.interphase.analysis;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.cell.CellProperties;
import io.interphase.api.material.MaterialCatalog;
import io.interphase.api.run.Stimulus;
import io.interphase.solver.eis.CellImpedance;
import io.interphase.solver.eis.Circuit;
import io.interphase.solver.eis.Spectrum;
import io.interphase.solver.kinetics.CellKinetics;
import io.interphase.solver.kinetics.Electrode;
import io.interphase.solver.kinetics.MixedConductorLayer;
import io.interphase.solver.kinetics.Sweep;
import io.interphase.solver.kinetics.SymmetricCell;
import io.interphase.solver.kinetics.TwoRailProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Simulated spectra and sweeps: a circuit's spectrum from its parameters, and the Tafel sweep and
 * impedance of a symmetric cell predicted from a recipe's layers.
 */
public final class Simulations {

    private static final double MA_CM2 = 10;
    private static final double OHM_CM2 = 1e-4;

    /** A simulated sweep with its report. */
    public record TafelSimulation(Sweep sweep, Map<String, Object> report) {
    }

    /** A predicted spectrum with its report of arcs. */
    public record EisSimulation(Spectrum spectrum, Map<String, Object> report) {
    }

    private Simulations() {
    }

    /** Frequencies from fmax down to fmin, {@code perDecade} to a decade, log-spaced, as instruments sweep. */
    public static double[] frequencies(double fmin, double fmax, int perDecade) {
        List<FieldError> errors = new ArrayList<>();
        if (!(fmin > 0) || !Double.isFinite(fmin)) {
            errors.add(new FieldError("fmin", "must be a positive frequency, got " + fmin + " Hz"));
        }
        if (!(fmax > fmin) || !Double.isFinite(fmax)) {
            errors.add(new FieldError("fmax", "must be finite and above fmin, got " + fmax + " Hz"));
        }
        if (perDecade < 1 || perDecade > 1000) {
            errors.add(new FieldError("ppd", "points per decade must be 1 to 1000, got " + perDecade));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Stimulus.FrequencySweep.logSpaced(fmax, fmin, perDecade);
    }

    /** The circuit's spectrum with every parameter given by name. */
    public static Spectrum circuitSpectrum(Circuit circuit, Map<String, Double> parameters, double[] hertz) {
        double[] p = new double[circuit.parameterNames().size()];
        List<FieldError> errors = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            String name = circuit.parameterNames().get(k);
            Double v = parameters.get(name);
            if (v == null) {
                errors.add(new FieldError("params." + name, "missing; the circuit's parameters: "
                        + String.join(", ", circuit.parameterNames())));
            } else if (!(v > 0) || !(v <= circuit.upperBounds()[k])) {
                errors.add(new FieldError("params." + name, "must be positive" + (Double.isFinite(circuit.upperBounds()[k])
                        ? " and at most " + circuit.upperBounds()[k] : "") + ", got " + v));
            } else {
                p[k] = v;
            }
        }
        parameters.keySet().stream().filter(n -> !circuit.parameterNames().contains(n))
                .forEach(n -> errors.add(new FieldError("params." + n, "the circuit has no parameter " + n)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return circuit.spectrum(hertz, p);
    }

    /** The symmetric cell's steady sweep from −maxVoltage to +maxVoltage, and its Tafel fit as the experiment's. */
    public static TafelSimulation tafel(CellProperties cell, MaterialCatalog materials, double maxVoltage, int points) {
        SymmetricCell kinetics = CellKinetics.symmetric(cell, materials, CellKinetics.DEFAULT_ALPHA);
        Sweep sweep;
        try {
            sweep = kinetics.sweep(maxVoltage, points);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sweep", e.getMessage());
        }
        double t = cell.cell().temperature();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("cell", cell.cell().name());
        report.put("temperature_K", t);
        report.put("electrolyte_resistance_ohm_cm2", kinetics.electrolyteResistance() / OHM_CM2);
        report.put("first_electrode", electrode(kinetics.first(), t));
        report.put("second_electrode", electrode(kinetics.second(), t));
        report.put("tafel_fit", TafelAnalysis.analyze(sweep, t, 2, Double.NaN, Double.POSITIVE_INFINITY));
        return new TafelSimulation(sweep, report);
    }

    /** The symmetric cell's impedance about rest over these frequencies, and its arcs. */
    public static EisSimulation eis(CellProperties cell, MaterialCatalog materials, double doubleLayerCapacitance,
            double[] hertz) {
        SymmetricCell kinetics = CellKinetics.symmetric(cell, materials, CellKinetics.DEFAULT_ALPHA);
        double area = cell.cell().area();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("cell", cell.cell().name());
        report.put("temperature_K", cell.cell().temperature());
        report.put("double_layer_capacitance_uF_cm2", doubleLayerCapacitance * 100);
        report.put("arcs", CellImpedance.arcs(kinetics, area, doubleLayerCapacitance));
        return new EisSimulation(CellImpedance.predict(kinetics, area, doubleLayerCapacitance, hertz), report);
    }

    /** An electrode's effective i0 and, for a layer, where Li plates at a tenth of the bare i0. */
    private static Map<String, Object> electrode(Electrode e, double t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e instanceof Electrode.Face ? "bare interface" : "mixed-conducting interlayer");
        m.put("i0_effective_mA_cm2", e.effectiveExchangeCurrentDensity(t) / MA_CM2);
        m.put("charge_transfer_resistance_ohm_cm2", e.lowFieldResistance() / OHM_CM2);
        if (e instanceof MixedConductorLayer layer) {
            Map<String, Object> contacts = new LinkedHashMap<>();
            contacts.put("inside_layer", layer.kinetics().interior().exchangeCurrentDensity() / MA_CM2);
            contacts.put("at_electrolyte_face", layer.kinetics().electrolyteFace().exchangeCurrentDensity() / MA_CM2);
            contacts.put("at_metal_face", layer.kinetics().metalFace().exchangeCurrentDensity() / MA_CM2);
            m.put("contact_i0_mA_cm2", contacts);
            double plating = -0.1 * layer.kinetics().interior().exchangeCurrentDensity();
            TwoRailProfile p = layer.profile(plating);
            Map<String, Object> where = new LinkedHashMap<>();
            where.put("current_mA_cm2", plating / MA_CM2);
            where.put("at_electrolyte_face", p.electrolyteFaceShare());
            where.put("inside_layer", p.interiorShare());
            where.put("at_metal_face", p.metalFaceShare());
            m.put("plating_location", where);
        }
        return m;
    }
}
