package io.interphase.solver.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CircuitTest {

    private static void assertComplex(Complex expected, Complex actual, double relative) {
        double tolerance = relative * expected.norm();
        assertEquals(expected.getReal(), actual.getReal(), tolerance, "real part");
        assertEquals(expected.getImaginary(), actual.getImaginary(), tolerance, "imaginary part");
    }

    @Test
    void parametersAreNamedInWritingOrder() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-Wo1");
        assertEquals(List.of("R0", "R1", "CPE1_0", "CPE1_1", "Wo1_0", "Wo1_1"), c.parameterNames());
        assertEquals(List.of("Ohm", "Ohm", "F s^(n-1)", "1", "Ohm", "s"), c.parameterUnits());
    }

    @Test
    void aParallelRcHasItsApexAtOmegaOneOverRc() {
        // Z = R / (1 + jωRC): at ω = 1/RC, Z = R/2 − jR/2
        double r = 100;
        double cap = 1e-6;
        Circuit c = Circuit.parse("R0-p(R1,C1)");
        double f = 1 / (2 * Math.PI * r * cap);
        assertComplex(new Complex(10 + r / 2, -r / 2), c.impedance(f, new double[] {10, r, cap}), 1e-12);
        // limits: R0 + R1 at low frequency, R0 at high frequency
        assertEquals(110, c.impedance(1e-6, new double[] {10, r, cap}).getReal(), 1e-6);
        assertEquals(10, c.impedance(1e12, new double[] {10, r, cap}).getReal(), 1e-6);
    }

    @Test
    void aSeriesRcIsCapacitiveAtLowFrequency() {
        Circuit c = Circuit.parse("R0-C1");
        Complex z = c.impedance(0.01, new double[] {5, 2e-3});
        assertEquals(5, z.getReal(), 1e-12);
        assertEquals(-1 / (2 * Math.PI * 0.01 * 2e-3), z.getImaginary(), 1e-9);
    }

    @Test
    void aCpeWithExponentOneIsACapacitor() {
        for (double f : new double[] {1e-3, 1, 1e3, 1e6}) {
            assertComplex(Circuit.parse("C1").impedance(f, new double[] {3e-6}),
                    Circuit.parse("CPE1").impedance(f, new double[] {3e-6, 1}), 1e-12);
        }
    }

    @Test
    void aCpeHasAConstantPhaseOfMinusNTimes90Degrees() {
        for (double f : new double[] {1e-2, 1, 1e4}) {
            Complex z = Circuit.parse("CPE1").impedance(f, new double[] {1e-5, 0.8});
            assertEquals(-0.8 * Math.PI / 2, z.getArgument(), 1e-12);
        }
    }

    @Test
    void theSemiInfiniteWarburgIsA45DegreeLineFallingAsOneOverRootOmega() {
        Circuit c = Circuit.parse("W1");
        Complex z1 = c.impedance(1, new double[] {50});
        Complex z4 = c.impedance(4, new double[] {50});
        assertEquals(z1.getReal(), -z1.getImaginary(), 1e-12);
        assertEquals(2, z1.getReal() / z4.getReal(), 1e-12);
    }

    @Test
    void finiteWarburgsTendToTheWarburgAtHighFrequencyAndToTheirLimitsAtLow() {
        double z0 = 40;
        double tau = 2;
        // high frequency: both ≈ Z0/√(jωτ), which is the semi-infinite Warburg with A_W = Z0/√τ
        double fHigh = 1e4;
        Complex warburg = Circuit.parse("W1").impedance(fHigh, new double[] {z0 / Math.sqrt(2 * tau)});
        assertComplex(warburg, Circuit.parse("Ws1").impedance(fHigh, new double[] {z0, tau}), 1e-9);
        assertComplex(warburg, Circuit.parse("Wo1").impedance(fHigh, new double[] {z0, tau}), 1e-9);
        // low frequency: the short (transmissive) one is a resistance Z0, the open (blocking) one a
        // capacitor τ/Z0 in series with Z0/3
        double fLow = 1e-6;
        assertEquals(z0, Circuit.parse("Ws1").impedance(fLow, new double[] {z0, tau}).getReal(), 1e-6);
        Complex open = Circuit.parse("Wo1").impedance(fLow, new double[] {z0, tau});
        assertEquals(z0 / 3, open.getReal(), 1e-6);
        assertEquals(-z0 / (2 * Math.PI * fLow * tau), open.getImaginary(), 1e-3);
    }

    @Test
    void theGerischerIsAResistanceAtLowFrequencyAnd45DegreesAtHigh() {
        Circuit c = Circuit.parse("G1");
        assertComplex(new Complex(25, 0), c.impedance(1e-9, new double[] {25, 1e-3}), 1e-6);
        Complex high = c.impedance(1e8, new double[] {25, 1e-3});
        assertEquals(-Math.PI / 4, high.getArgument(), 1e-6);
    }

    @Test
    void anInductorLeadsByNinetyDegrees() {
        assertComplex(new Complex(0, 2 * Math.PI * 1e3 * 1e-6), Circuit.parse("L0").impedance(1e3, new double[] {1e-6}), 1e-12);
    }

    @Test
    void nestedParallelsAndSeriesCombine() {
        // p(R1-C1, R2) by hand: Y = 1/(R1 + 1/(jωC1)) + 1/R2
        double w = 2 * Math.PI * 50;
        Complex expected = new Complex(3, -1 / (w * 1e-3)).reciprocal().add(new Complex(1.0 / 7, 0)).reciprocal();
        assertComplex(expected, Circuit.parse("p(R1-C1,R2)").impedance(50, new double[] {3, 1e-3, 7}), 1e-12);
        assertEquals(4, Circuit.parse(" R0 - p( R1 , p(R2,C2) ) ").parameterNames().size());
    }

    @Test
    void aSpectrumSamplesEveryFrequency() {
        Spectrum s = Circuit.parse("R0-p(R1,C1)").spectrum(new double[] {1, 10, 100}, new double[] {1, 2, 1e-3});
        assertEquals(3, s.size());
        assertTrue(s.imaginary()[0] < 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "R0-;position 4",
        "R0-p(R1);p( needs at least two branches",
        "R0-p(R1,C1;close p(",
        "R0-X1;position 4: an element",
        "R-C1;a number after R",
        "R0-R0;appears twice",
        "R0)C1;position 3",
        "R0-Q1;R, C, L, CPE, W, Wo, Ws, G, T",
    })
    void mistakesAreLocated(String circuit, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Circuit.parse(circuit));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void wrongParameterVectorsAndFrequenciesAreRefused() {
        Circuit c = Circuit.parse("R0-p(R1,C1)");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.impedance(1, new double[] {1, 2}))
                .getMessage().contains("takes 3 parameters"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.impedance(1, new double[] {1, Double.NaN, 3}))
                .getMessage().contains("R1"));
        assertThrows(IllegalArgumentException.class, () -> c.impedance(0, new double[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> Circuit.parse(" "));
    }

    @Test
    void spectraRefuseBadValues() {
        double[] one = {1};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Spectrum(new double[] {0}, one, one))
                .getMessage().contains("frequency 1 must be positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Spectrum(one, new double[] {Double.NaN}, one))
                .getMessage().contains("must be finite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Spectrum(one, one, new double[] {1, 2}))
                .getMessage().contains("equal lengths"));
        double[] f = {1, 2};
        Spectrum s = new Spectrum(f, new double[] {3, 4}, new double[] {5, 6});
        f[0] = 99;
        s.frequencies()[1] = 99;
        assertEquals(1, s.frequencies()[0], 0, "copied in");
        assertEquals(2, s.frequencies()[1], 0, "copied out");
    }
}
