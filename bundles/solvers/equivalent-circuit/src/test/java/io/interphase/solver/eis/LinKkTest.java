package io.interphase.solver.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinKkTest {

    /** 10 points per decade from fMin to fMax. */
    private static double[] decades(double fMin, double fMax) {
        int n = (int) Math.round(10 * Math.log10(fMax / fMin)) + 1;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = fMin * Math.pow(10, i / 10.0);
        }
        return f;
    }

    /** Gaussian noise of the given size relative to |Z| on both parts, as the residuals are measured. */
    private static Spectrum noisy(Spectrum s, double relative, long seed) {
        Random random = new Random(seed);
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < re.length; i++) {
            double modulus = Math.hypot(re[i], im[i]);
            re[i] += relative * modulus * random.nextGaussian();
            im[i] += relative * modulus * random.nextGaussian();
        }
        return new Spectrum(s.frequencies(), re, im);
    }

    private static Spectrum singleRc() {
        return Circuit.parse("R0-p(R1,C1)").spectrum(decades(0.1, 1e6), new double[] {10, 100, 1e-6});
    }

    private static String describe(LinKk.Result r) {
        return String.format(Locale.ROOT, "M = %d, mu = %.3f, max residual %.4f %%", r.elements(), r.mu(),
                r.maxResidualPercent());
    }

    private static Spectrum valid() {
        return Circuit.parse("R0-p(R1,C1)-p(R2,CPE2)").spectrum(CnlsFitTest.frequencies(),
                new double[] {5, 40, 1e-5, 60, 1e-3, 0.8});
    }

    @Test
    void aCircuitsSpectrumPasses() {
        LinKk.Result r = LinKk.test(valid());
        assertTrue(r.maxResidualPercent() < 0.5, describe(r));
        assertTrue(r.mu() <= LinKk.MU_CRITERION, describe(r));
    }

    @Test
    void anIdealSingleRcOverSevenDecadesIsNotStoppedByAnEarlyMuDip() {
        Spectrum s = singleRc();
        // the trap of the plain criterion: mu is already below c at M = 5, with a poor fit
        LinKk.Result early = LinKk.fit(s, 5, false);
        assertTrue(early.mu() <= LinKk.MU_CRITERION && early.maxResidualPercent() > 10, describe(early));
        LinKk.Result r = LinKk.test(s);
        assertTrue(r.maxResidualPercent() < 0.5, describe(r));
        assertTrue(r.elements() > 5 && r.mu() <= LinKk.MU_CRITERION, describe(r));
    }

    @Test
    void idealConstantPhaseAndWarburgSpectraPass() {
        Spectrum cpe = Circuit.parse("R0-p(R1,CPE1)").spectrum(decades(0.1, 1e5),
                new double[] {10, 100, 1e-5, 0.85});
        Spectrum randles = Circuit.parse("R0-p(R1-W1,C1)").spectrum(decades(0.01, 1e5),
                new double[] {10, 100, 50, 1e-5});
        for (Spectrum s : new Spectrum[] {cpe, randles}) {
            LinKk.Result r = LinKk.test(s);
            assertTrue(r.maxResidualPercent() < 0.5, describe(r));
            assertEquals(s.size(), r.imaginaryResiduals().length);
        }
    }

    @Test
    void noiseIsLeftInTheResidualsNeitherFittedAwayNorBlownUp() {
        double sigma = 0.005;
        for (Spectrum ideal : new Spectrum[] {singleRc(), valid()}) {
            Spectrum s = noisy(ideal, sigma, 42);
            LinKk.Result r = LinKk.test(s);
            double rms = Math.sqrt(r.pseudoChiSquare() / (2 * s.size()));
            String report = describe(r) + String.format(Locale.ROOT, ", rms residual %.3f %%", 100 * rms);
            assertTrue(rms > 0.5 * sigma && rms < 2 * sigma, report);
            assertTrue(r.maxResidualPercent() < 4, report);
        }
    }

    @Test
    void aSpectrumMadeNonCausalOnPurposeIsFlagged() {
        // add a bump to Z' alone, over one decade, without the Z'' that Kramers–Kronig demands
        Spectrum s = valid();
        double[] f = s.frequencies();
        double[] re = s.real();
        for (int i = 0; i < f.length; i++) {
            double decadesFromCentre = Math.log10(f[i] / 100);
            re[i] += 15 * Math.exp(-decadesFromCentre * decadesFromCentre / (2 * 0.1 * 0.1));
        }
        Spectrum nonCausal = new Spectrum(f, re, s.imaginary());
        LinKk.Result bad = LinKk.test(nonCausal);
        LinKk.Result good = LinKk.test(valid());
        assertTrue(bad.maxResidualPercent() > 5, describe(bad));
        assertTrue(bad.maxResidualPercent() > 10 * good.maxResidualPercent());
        // still flagged under noise, which only adds its own half percent
        assertTrue(LinKk.test(noisy(nonCausal, 0.005, 42)).maxResidualPercent() > 5);
    }

    @Test
    void theMeasuredSpectrumIsConsistent() throws IOException {
        Spectrum measured = MeasuredSpectrum.load();
        LinKk.Result r = LinKk.test(measured);
        String report = String.format(java.util.Locale.ROOT, "Lin-KK on the measured spectrum: M = %d, mu = %.3f,"
                + " max residual %.3f %%", r.elements(), r.mu(), r.maxResidualPercent());
        System.out.println(report);
        assertTrue(r.maxResidualPercent() < 2, report);
        assertTrue(r.mu() <= LinKk.MU_CRITERION && r.elements() < measured.size() - 3,
                "M stopped by the mu criterion, not by running out of points: " + report);
        assertEquals(measured.size(), r.realResiduals().length);
    }

    @Test
    void tooFewPointsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> LinKk.test(new Spectrum(new double[] {1, 2}, new double[] {1, 1}, new double[] {0, 0})));
    }
}
