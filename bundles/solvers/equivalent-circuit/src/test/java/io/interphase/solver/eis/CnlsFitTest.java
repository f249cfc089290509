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
        for (double p : new double[] {1e-9, 0.3, 1, 250}) {
            assertEquals(p, CnlsFit.toP(CnlsFit.toX(p, Double.POSITIVE_INFINITY), Double.POSITIVE_INFINITY), p * 1e-12);
        }
        assertEquals(0.85, CnlsFit.toP(CnlsFit.toX(0.85, 1), 1), 1e-12);
    }
}
