package io.interphase.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.interphase.solver.eis.Circuit;
import io.interphase.solver.eis.CnlsFit;
import io.interphase.solver.eis.Spectrum;
import io.interphase.solver.kinetics.ButlerVolmer;
import io.interphase.solver.kinetics.Sweep;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reports carry the data and the fitted model at the data's points, for a plot of one over the other. */
class FitCurvesTest {

    @Test
    @SuppressWarnings("unchecked")
    void anEisReportHoldsTheFittedCircuitAtTheDatasFrequencies() {
        Spectrum data = Simulations.circuitSpectrum(Circuit.parse("R0-p(R1,C1)"), Map.of("R0", 10.0, "R1", 100.0, "C1", 1e-6),
                Simulations.frequencies(0.1, 1e6, 10));
        Map<String, Object> s = (Map<String, Object>) EisAnalysis.analyze(data, "R0-p(R1,C1)", Map.of(),
                CnlsFit.Weighting.MODULUS).get("spectrum");
        double[] fit = (double[]) s.get("fit_real_ohm");
        double[] re = (double[]) s.get("real_ohm");
        assertEquals(data.size(), fit.length);
        for (int i = 0; i < fit.length; i++) {
            assertEquals(re[i], fit[i], 1e-6 * Math.abs(re[i]));
        }
    }

    @Test
    void inductivePointsAreDroppedOnRequestAndAnythingElseIsRefusedByName() {
        Spectrum s = new Spectrum(new double[] {1e6, 1e5, 1e3, 1}, new double[] {10, 10.1, 12, 30},
                new double[] {0.4, 0.05, -3, -8});
        Spectrum kept = EisAnalysis.inductive(s, "drop", "inductive");
        assertEquals(2, kept.size());
        assertEquals(1e3, kept.frequencies()[0]);
        assertEquals(4, EisAnalysis.inductive(s, "keep", "inductive").size());
        assertEquals("--inductive", org.junit.jupiter.api.Assertions.assertThrows(io.interphase.api.InvalidInputException.class,
                () -> EisAnalysis.inductive(s, "remove", "--inductive")).errors().get(0).field());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTafelReportHoldsTheFittedVoltageAtTheDatasCurrents() {
        double t = 268.15;
        ButlerVolmer bv = new ButlerVolmer(2.91, 0.5, t);
        int n = 41;
        double[] v = new double[n];
        double[] j = new double[n];
        for (int i = 0; i < n; i++) {
            j[i] = -30 + 60.0 * i / (n - 1);
            v[i] = 2 * bv.overpotential(j[i]) + j[i] * 2e-4;
        }
        Map<String, Object> curve = (Map<String, Object>) TafelAnalysis.analyze(new Sweep(v, j), t, 2, Double.NaN,
                Double.POSITIVE_INFINITY).get("curve");
        double[] fitted = (double[]) curve.get("fit_voltage_V");
        for (int i = 0; i < n; i++) {
            assertEquals(v[i], fitted[i], 1e-6);
        }
    }
}
