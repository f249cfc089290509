package io.interphase.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.InvalidInputException;
import io.interphase.solver.eis.Circuit;
import io.interphase.solver.eis.CnlsFit;
import io.interphase.solver.eis.Spectrum;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EisAnalysisTest {

    private static Spectrum simulated() {
        return Simulations.circuitSpectrum(Circuit.parse("R0-p(R1,C1)"), Map.of("R0", 10.0, "R1", 100.0, "C1", 1e-6),
                Simulations.frequencies(0.1, 1e6, 10));
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsEachParameterWithItsErrorAndUnitAndTheKramersKronigCheck() {
        Map<String, Object> report = EisAnalysis.analyze(simulated(), "R0-p(R1,C1)", Map.of(), CnlsFit.Weighting.MODULUS);
        Map<String, Map<String, Object>> p = (Map<String, Map<String, Object>>) report.get("parameters");
        assertEquals(100, (double) p.get("R1").get("value"), 1e-6);
        assertEquals("F", p.get("C1").get("unit"));
        Map<String, Object> kk = (Map<String, Object>) report.get("kramersKronig");
        assertTrue(kk.keySet().containsAll(java.util.List.of("residualMaxPercent", "mu", "elements")), kk.toString());
        assertTrue((double) kk.get("mu") <= 0.85, kk.toString());
        assertEquals(71, report.get("points"));
    }

    @Test
    void badCircuitsAndInitialValuesNameTheirField() {
        InvalidInputException circuit = assertThrows(InvalidInputException.class,
                () -> EisAnalysis.analyze(simulated(), "R0-p(R1,X1)", Map.of(), CnlsFit.Weighting.UNIT));
        assertEquals("circuit", circuit.errors().get(0).field());
        InvalidInputException initial = assertThrows(InvalidInputException.class,
                () -> EisAnalysis.analyze(simulated(), "R0-p(R1,C1)", new java.util.LinkedHashMap<>(Map.of("R9", 1.0)) {{ put("C1", -1.0); }}, CnlsFit.Weighting.UNIT));
        assertEquals(2, initial.errors().size());
        assertEquals("initial.R9", initial.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> EisAnalysis.weighting("square"));
    }

    @Test
    void frequenciesRunFromHighToLowAndBadRangesAreRefused() {
        double[] hz = Simulations.frequencies(0.1, 1e6, 10);
        assertEquals(1e6, hz[0], 1e-6);
        assertEquals(0.1, hz[hz.length - 1], 1e-12);
        assertThrows(InvalidInputException.class, () -> Simulations.frequencies(10, 1, 10));
        assertThrows(InvalidInputException.class, () -> Simulations.frequencies(0.1, 1e6, 0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpectrumTooShortForLinKkIsStillFittedAndSaysSo() {
        Spectrum two = new Spectrum(new double[] {1, 10}, new double[] {5, 5}, new double[] {0, 0});
        Map<String, Object> report = EisAnalysis.analyze(two, "R0", Map.of(), CnlsFit.Weighting.MODULUS);
        Map<String, Map<String, Object>> p = (Map<String, Map<String, Object>>) report.get("parameters");
        assertEquals(5, (double) p.get("R0").get("value"), 1e-9);
        assertTrue(String.valueOf(((Map<String, Object>) report.get("kramersKronig")).get("note")).contains("at least 4 points"));
    }

    @Test
    void anAbsurdlyLongCircuitIsRefusedByItsLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Circuit.parse("p(".repeat(5000)));
        assertTrue(e.getMessage().contains("at most 1000 characters"), e.getMessage());
    }
}
