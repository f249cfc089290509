package io.interphase.analysis;

import io.interphase.api.FieldError;
import io.interphase.api.InvalidInputException;
import io.interphase.api.analysis.FitFailedException;
import io.interphase.solver.eis.Circuit;
import io.interphase.solver.eis.CnlsFit;
import io.interphase.solver.eis.InitialGuess;
import io.interphase.solver.eis.LinKk;
import io.interphase.solver.eis.Spectrum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits an equivalent circuit to a spectrum and checks the data with Lin-KK. The report:
 * {@code circuit}, {@code parameters} (name → {@code value}, {@code stderr}, {@code unit}),
 * {@code chi2}, {@code reducedChi2}, {@code weighting}, {@code points} and {@code kramersKronig}
 * ({@code residualMaxPercent}, {@code mu}, {@code elements}). An undetermined standard error is null.
 */
public final class EisAnalysis {

    private EisAnalysis() {
    }

    /** Parses a circuit string, reporting a mistake as a field error of {@code circuit}. */
    public static Circuit circuit(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("circuit", "a circuit is required, such as 'R0-p(R1,CPE1)'");
        }
        try {
            return Circuit.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("circuit", e.getMessage());
        }
    }

    /** The weighting named "unit", "modulus" or "proportional". */
    public static CnlsFit.Weighting weighting(String name) {
        try {
            return CnlsFit.Weighting.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("weighting", "'" + name + "' is not a weighting; use unit, modulus or proportional");
        }
    }

    /**
     * The spectrum with its inductive points (Z'' &gt; 0, above the real axis in a Nyquist plot: cables and the
     * instrument at high frequency) kept ({@code "keep"}) or dropped ({@code "drop"}, impedance.py's
     * {@code ignoreBelowX}).
     *
     * @throws InvalidInputException for another word, or if nothing would be left
     */
    public static Spectrum inductive(Spectrum data, String mode, String field) {
        if (mode == null || mode.equals("keep")) {
            return data;
        }
        if (!mode.equals("drop")) {
            throw new InvalidInputException(field, "'" + mode + "': keep or drop");
        }
        double[] f = data.frequencies();
        double[] re = data.real();
        double[] im = data.imaginary();
        int n = 0;
        for (double v : im) {
            n += v <= 0 ? 1 : 0;
        }
        if (n == 0) {
            throw new InvalidInputException(field, "every point of the spectrum is inductive (Z'' > 0): nothing left to fit");
        }
        double[][] kept = new double[3][n];
        for (int i = 0, k = 0; i < f.length; i++) {
            if (im[i] <= 0) {
                kept[0][k] = f[i];
                kept[1][k] = re[i];
                kept[2][k++] = im[i];
            }
        }
        return new Spectrum(kept[0], kept[1], kept[2]);
    }

    /**
     * @param initial starting values by parameter name; the rest are read off the data
     * @throws InvalidInputException for a bad circuit, an unknown or out-of-range initial value
     */
    public static Map<String, Object> analyze(Spectrum data, String circuitText, Map<String, Double> initial,
            CnlsFit.Weighting weighting) {
        Circuit circuit = circuit(circuitText);
        double[] start = InitialGuess.of(circuit, data);
        List<FieldError> errors = new ArrayList<>();
        initial.forEach((name, value) -> {
            int k = circuit.parameterNames().indexOf(name);
            if (k < 0) {
                errors.add(new FieldError("initial." + name, "the circuit has no parameter " + name + "; its parameters: "
                        + String.join(", ", circuit.parameterNames())));
            } else if (!(value > 0) || !(value <= circuit.upperBounds()[k])) {
                errors.add(new FieldError("initial." + name, "must be positive" + (Double.isFinite(circuit.upperBounds()[k])
                        ? " and at most " + circuit.upperBounds()[k] : "") + ", got " + value));
            } else {
                start[k] = value;
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CnlsFit.Result fit;
        try {
            fit = CnlsFit.fit(circuit, data, start, weighting);
        } catch (FitFailedException e) {
            throw e; // well-formed input the fit could not finish: its own status (422), not a bad field
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("data", e.getMessage());
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("circuit", circuit.toString());
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (CnlsFit.Parameter p : fit.parameters()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", p.value());
            entry.put("stderr", Reports.finite(p.stderr()));
            entry.put("unit", p.unit());
            parameters.put(p.name(), entry);
        }
        report.put("parameters", parameters);
        report.put("chi2", fit.chi2());
        report.put("reducedChi2", fit.reducedChi2());
        report.put("weighting", weighting.name().toLowerCase(Locale.ROOT));
        report.put("points", data.size());
        report.put("kramersKronig", kramersKronig(data));
        report.put("spectrum", curves(data, circuit, fit.values()));
        return report;
    }

    /** The data and the fitted circuit at its frequencies, Ω: what a plot of the fit over the data needs. */
    private static Map<String, Object> curves(Spectrum data, Circuit circuit, double[] values) {
        double[] f = data.frequencies();
        double[] re = new double[f.length];
        double[] im = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            var z = circuit.impedance(f[i], values);
            re[i] = z.getReal();
            im[i] = z.getImaginary();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("frequency_Hz", f);
        m.put("real_ohm", data.real());
        m.put("imaginary_ohm", data.imaginary());
        m.put("fit_real_ohm", re);
        m.put("fit_imaginary_ohm", im);
        return m;
    }

    private static Map<String, Object> kramersKronig(Spectrum data) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (data.size() < LinKk.MIN_POINTS) {
            // a circuit can still be fitted to so few points; the validity test cannot be made
            m.put("note", "not tested: Lin-KK needs at least " + LinKk.MIN_POINTS + " points, the spectrum has " + data.size());
            return m;
        }
        LinKk.Result kk = LinKk.test(data);
        m.put("residualMaxPercent", kk.maxResidualPercent());
        m.put("mu", kk.mu());
        m.put("elements", kk.elements());
        return m;
    }
}
