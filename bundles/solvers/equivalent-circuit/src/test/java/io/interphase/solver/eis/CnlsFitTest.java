package io.interphase.solver.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.solver.eis.CnlsFit.Parameter;
import io.interphase.solver.eis.CnlsFit.Weighting;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CnlsFitTest {

    private static final Circuit RANDLES = Circuit.parse("R0-p(R1,CPE1)");
    private static final double[] TRUE = {10, 100, 1e-5, 0.85};
    private static final double[] GUESS = {5, 50, 1e-6, 0.7};

    /** 60 points, 10 per decade from 0.1 Hz to 100 kHz. */
    static double[] frequencies() {
        double[] f = new double[60];
        for (int i = 0; i < f.length; i++) {
            f[i] = 0.1 * Math.pow(10, i / 10.0);
        }
        return f;
    }

    /** The spectrum with proportional Gaussian noise of the given relative size. */
    static Spectrum noisy(Spectrum s, double relative, long seed) {
        Random random = new Random(seed);
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < re.length; i++) {
            re[i] *= 1 + relative * random.nextGaussian();
            im[i] *= 1 + relative * random.nextGaussian();
        }
        return new Spectrum(s.frequencies(), re, im);
    }

    @Test
    void exactDataGiveBackTheParameters() {
        Spectrum data = RANDLES.spectrum(frequencies(), TRUE);
        for (Weighting w : Weighting.values()) {
            double[] fitted = CnlsFit.fit(RANDLES, data, GUESS, w).values();
            for (int i = 0; i < TRUE.length; i++) {
                assertEquals(TRUE[i], fitted[i], 1e-6 * TRUE[i], w + " " + RANDLES.parameterNames().get(i));
            }
        }
    }

    @Test
    void noisyDataGiveBackTheParametersWithinTheirStandardErrors() {
        Spectrum data = noisy(RANDLES.spectrum(frequencies(), TRUE), 0.01, 42);
        CnlsFit.Result result = CnlsFit.fit(RANDLES, data, GUESS, Weighting.PROPORTIONAL);
        for (int i = 0; i < TRUE.length; i++) {
            Parameter p = result.parameters().get(i);
            assertTrue(p.stderr() > 0 && p.stderr() < 0.1 * p.value(), p.toString());
            assertTrue(Math.abs(p.value() - TRUE[i]) < 3 * p.stderr(), p + " vs " + TRUE[i]);
        }
        // proportional weights with 1 % noise: each weighted residual is about 0.01, so χ²/dof ≈ 1e-4
        assertEquals(1e-4, result.reducedChi2(), 0.5e-4);
    }

    @Test
    void aFitStopsWhenItsThreadIsInterruptedAndSaysWhy() {
        // the same check stops a fit at its time budget: the client gone (the thread interrupted) or the clock run out
        Spectrum data = RANDLES.spectrum(frequencies(), TRUE);
        Thread.currentThread().interrupt();
        try {
            io.interphase.api.analysis.FitFailedException e = assertThrows(io.interphase.api.analysis.FitFailedException.class,
                    () -> CnlsFit.fit(RANDLES, data, GUESS, Weighting.UNIT));
            assertTrue(e.getMessage().contains("time budget") && e.getMessage().contains("interrupted"), e.getMessage());
        } finally {
            Thread.interrupted();
        }
        assertEquals(TRUE[0], CnlsFit.fit(RANDLES, data, GUESS, Weighting.UNIT).values()[0], 1e-6 * TRUE[0]);
    }

    @Test
    void aSpectrumOfMoreThanItsLimitOfPointsIsRefusedBeforeAnyWork() {
        double[] f = new double[CnlsFit.MAX_POINTS + 1];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.pow(10, 6 - 8.0 * i / f.length);
        }
        Spectrum data = RANDLES.spectrum(f, TRUE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CnlsFit.fit(RANDLES, data, GUESS, Weighting.UNIT));
        assertTrue(e.getMessage().contains("at most " + CnlsFit.MAX_POINTS + " points"), e.getMessage());
    }

    @Test
    void initialValuesOutsideTheirBoundsAreNamed() {
        Spectrum data = RANDLES.spectrum(frequencies(), TRUE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CnlsFit.fit(RANDLES, data, new double[] {5, 50, 1e-6, 1.2}, Weighting.MODULUS));
        assertTrue(e.getMessage().contains("CPE1_1") && e.getMessage().contains("at most 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CnlsFit.fit(RANDLES, data, new double[] {-5, 50, 1e-6, 0.8}, Weighting.MODULUS));
        assertThrows(IllegalArgumentException.class, () -> CnlsFit.fit(RANDLES,
                new Spectrum(new double[] {1}, new double[] {1}, new double[] {1}), GUESS, Weighting.UNIT));
    }

    @Test
    void parametersTheDataCannotSeparateHaveInfiniteErrors() {
        // two resistors in series: only their sum is determined
        Circuit twoResistors = Circuit.parse("R0-R1-p(R2,C2)");
        Spectrum data = twoResistors.spectrum(frequencies(), new double[] {4, 6, 100, 1e-5});
        CnlsFit.Result result = CnlsFit.fit(twoResistors, data, new double[] {3, 3, 50, 1e-6}, Weighting.UNIT);
        assertEquals(10, result.values()[0] + result.values()[1], 1e-6);
        assertTrue(Double.isInfinite(result.parameters().get(0).stderr()), result.parameters().get(0).toString());
    }

    @Test
    void theTransformsAreInverses() {
        BoundTransform positive = new BoundTransform(0, Double.POSITIVE_INFINITY);
        for (double p : new double[] {1e-9, 0.3, 1, 250}) {
            assertEquals(p, positive.toP(positive.toX(p)), p * 1e-12);
        }
        BoundTransform between = new BoundTransform(0.5, 1);
        assertEquals(0.85, between.toP(between.toX(0.85)), 1e-12);
        double h = 1e-6;
        double x = between.toX(0.85);
        assertEquals((between.toP(x + h) - between.toP(x - h)) / (2 * h), between.derivative(0.85), 1e-9);
    }

    @Test
    void callersBoundsHoldTheParameters() {
        // R1 may not exceed 80 although the data say 100: it ends on its bound, the others compensate
        Spectrum data = RANDLES.spectrum(frequencies(), TRUE);
        double inf = Double.POSITIVE_INFINITY;
        CnlsFit.Result r = CnlsFit.fit(RANDLES, data, new double[] {5, 50, 1e-6, 0.7},
                new double[] {0, 0, 0, 0.5}, new double[] {inf, 80, inf, 1}, Weighting.UNIT);
        assertTrue(r.values()[1] <= 80 && r.values()[1] > 79.9, r.parameters().toString());
        assertTrue(r.values()[3] >= 0.5 && r.values()[3] <= 1, r.parameters().toString());
        assertTrue(r.chi2() > 1, "the bounded fit cannot match: chi2 " + r.chi2());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CnlsFit.fit(RANDLES, data,
                GUESS, new double[] {0, 0, 0, 0}, new double[] {inf, inf, inf, 2}, Weighting.UNIT));
        assertTrue(e.getMessage().contains("CPE1_1") && e.getMessage().contains("<= 1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CnlsFit.fit(RANDLES, data,
                GUESS, new double[] {0, 60, 0, 0}, new double[] {inf, inf, inf, 1}, Weighting.UNIT));
        assertTrue(e.getMessage().contains("initial R1 = 50.0 must be above 60.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CnlsFit.fit(RANDLES, data,
                GUESS, new double[] {0, 0}, new double[] {inf, inf}, Weighting.UNIT));
    }

    @Test
    void aTransmissionLineIsFittedBackFromItsSpectrum() {
        // an ohmic resistance and a mixed-conducting layer; R_ion > R_el picks one of the two mirror optima
        Circuit c = Circuit.parse("R0-T1");
        double[] truth = {5, 60, 15, 400, 2e-4, 0.9};
        double[] f = new double[70];
        for (int i = 0; i < f.length; i++) {
            f[i] = 1e-3 * Math.pow(10, i / 10.0);
        }
        CnlsFit.Result r = CnlsFit.fit(c, c.spectrum(f, truth), new double[] {8, 40, 10, 600, 1e-4, 0.8},
                Weighting.MODULUS);
        for (int i = 0; i < truth.length; i++) {
            assertEquals(truth[i], r.values()[i], 1e-5 * truth[i], c.parameterNames().get(i) + " " + r.parameters());
        }
    }
}
