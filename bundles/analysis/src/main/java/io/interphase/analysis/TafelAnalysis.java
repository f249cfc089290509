package io.interphase.analysis;

import io.interphase.api.InvalidInputException;
import io.interphase.solver.kinetics.Sweep;
import io.interphase.solver.kinetics.TafelFit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits i0 and α (and the series resistance) to a sweep with {@link TafelFit}. The report, units in
 * the keys: {@code i0_mA_cm2}, {@code i0_stderr_mA_cm2}, {@code alpha}, {@code alpha_stderr},
 * {@code series_resistance_ohm_cm2} (and its stderr, or {@code series_resistance_fixed}),
 * {@code rms_residual_mV}, {@code points}, {@code electrodes}, {@code temperature_K} and the fitted
 * {@code range} ({@code voltage_V}, {@code current_mA_cm2}).
 */
public final class TafelAnalysis {

    private static final double MA_CM2 = 10; // A/m² in one mA/cm²
    private static final double OHM_CM2 = 1e-4; // Ω·m² in one Ω·cm²

    private TafelAnalysis() {
    }

    /**
     * @param seriesResistance Ω·m² to hold the series resistance at, NaN to fit it
     * @param maxVoltage fit only points with |V| up to this, V (infinite: all)
     */
    public static Map<String, Object> analyze(Sweep sweep, double temperature, int electrodes, double seriesResistance,
            double maxVoltage) {
        TafelFit.Result r;
        try {
            r = TafelFit.fit(sweep, temperature, electrodes, seriesResistance, maxVoltage);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("data", e.getMessage());
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("i0_mA_cm2", r.exchangeCurrentDensity() / MA_CM2);
        report.put("i0_stderr_mA_cm2", Reports.finite(r.exchangeCurrentDensityError() / MA_CM2));
        report.put("alpha", r.alpha());
        report.put("alpha_stderr", Reports.finite(r.alphaError()));
        report.put("series_resistance_ohm_cm2", r.seriesResistance() / OHM_CM2);
        if (r.seriesResistanceFixed()) {
            report.put("series_resistance_fixed", true);
        } else {
            report.put("series_resistance_stderr_ohm_cm2", Reports.finite(r.seriesResistanceError() / OHM_CM2));
        }
        report.put("rms_residual_mV", r.rmsResidual() * 1e3);
        report.put("points", r.points());
        report.put("electrodes", electrodes);
        report.put("temperature_K", temperature);
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("voltage_V", List.of(r.minVoltage(), r.maxVoltage()));
        range.put("current_mA_cm2", List.of(r.minCurrentDensity() / MA_CM2, r.maxCurrentDensity() / MA_CM2));
        report.put("range", range);
        double[] j = sweep.currentDensity();
        double[] fitted = new double[j.length];
        double[] current = new double[j.length];
        for (int i = 0; i < j.length; i++) {
            fitted[i] = TafelFit.voltage(r, j[i], electrodes, temperature);
            current[i] = j[i] / MA_CM2;
        }
        Map<String, Object> curve = new LinkedHashMap<>();
        curve.put("voltage_V", sweep.voltage());
        curve.put("current_mA_cm2", current);
        curve.put("fit_voltage_V", fitted);
        report.put("curve", curve);
        if (electrodes == 2) {
            report.put("note", "a symmetric cell cannot tell alpha from 1 - alpha; alpha <= 0.5 is reported");
        }
        return report;
    }
}
