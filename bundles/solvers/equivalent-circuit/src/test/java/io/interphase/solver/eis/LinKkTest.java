package io.interphase.solver.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class LinKkTest {

    private static Spectrum valid() {
        return Circuit.parse("R0-p(R1,C1)-p(R2,CPE2)").spectrum(CnlsFitTest.frequencies(),
                new double[] {5, 40, 1e-5, 60, 1e-3, 0.8});
    }

    @Test
    void aCircuitsSpectrumPasses() {
        LinKk.Result r = LinKk.test(valid());
        assertTrue(r.maxResidualPercent() < 1, "max residual " + r.maxResidualPercent() + " % with M = " + r.elements());
        assertTrue(r.mu() <= LinKk.MU_CRITERION || r.elements() == valid().size() - 3);
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
        LinKk.Result bad = LinKk.test(new Spectrum(f, re, s.imaginary()));
        LinKk.Result good = LinKk.test(valid());
        assertTrue(bad.maxResidualPercent() > 5, "max residual " + bad.maxResidualPercent() + " %");
        assertTrue(bad.maxResidualPercent() > 10 * good.maxResidualPercent());
    }

    @Test
    void theMeasuredSpectrumIsConsistent() throws IOException {
        Spectrum measured = SpectrumCsvTest.measured();
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
