package io.interphase.solver.kinetics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TafelFitTest {

    private static final double T = 268.15;

    /** Currents from i0/100 to 10 i0 each way (about ±0.35 V), cell voltages with Gaussian noise of 1 mV. */
    private static Sweep noisySweep(double i0, double alpha, double rs, int electrodes, long seed) {
        ButlerVolmer a = new ButlerVolmer(i0, alpha, T);
        ButlerVolmer b = new ButlerVolmer(i0, 1 - alpha, T);
        Random random = new Random(seed);
        int n = 61;
        double[] v = new double[n];
        double[] j = new double[n];
        for (int i = 0; i < n; i++) {
            // currents spaced so the voltages cover ±0.3 V; V computed exactly, then noise added
            double jj = Math.signum(i - 30) * i0 * Math.pow(10, -2 + 3.0 * Math.abs(i - 30) / 30);
            if (i == 30) {
                jj = 0.02;
            }
            j[i] = jj;
            v[i] = a.overpotential(jj) + (electrodes == 2 ? b.overpotential(jj) : 0) + jj * rs + 1e-3 * random.nextGaussian();
        }
        return new Sweep(v, j);
    }

    @Test
    void recoversI0AlphaAndSeriesResistanceOfASymmetricCellWithinTheirStandardErrors() {
        double i0 = 2.91;
        double alpha = 0.35;
        double rs = 0.002;
        int within = 0;
        for (long seed = 1; seed <= 10; seed++) {
            TafelFit.Result r = TafelFit.fit(noisySweep(i0, alpha, rs, 2, seed), T, 2, Double.NaN, Double.POSITIVE_INFINITY);
            // each estimate within 4 standard errors every time, and within one in most runs
            assertEquals(i0, r.exchangeCurrentDensity(), 4 * r.exchangeCurrentDensityError());
            assertEquals(alpha, r.alpha(), 4 * r.alphaError());
            assertEquals(rs, r.seriesResistance(), 4 * r.seriesResistanceError());
            assertTrue(r.exchangeCurrentDensityError() < 0.05 * i0, "i0 error " + r.exchangeCurrentDensityError());
            assertEquals(1e-3, r.rmsResidual(), 3e-4);
            if (Math.abs(r.exchangeCurrentDensity() - i0) <= r.exchangeCurrentDensityError()) {
                within++;
            }
        }
        // a 1-sigma interval holds about 68 % of the time: 4 or more of 10 is a loose, still failable check
        assertTrue(within >= 4, within + " of 10 fits had i0 within one standard error");
    }

    @Test
    void oneElectrodeAgainstAReferenceGivesAlphaAboveAHalf() {
        TafelFit.Result r = TafelFit.fit(noisySweep(1.0, 0.7, 0, 1, 7), T, 1, 0, Double.POSITIVE_INFINITY);
        assertEquals(0.7, r.alpha(), 4 * r.alphaError());
        assertEquals(1.0, r.exchangeCurrentDensity(), 4 * r.exchangeCurrentDensityError());
        assertTrue(r.seriesResistanceFixed());
    }

    @Test
    void aSymmetricCellCannotTellAlphaFromOneMinusAlpha() {
        TafelFit.Result r = TafelFit.fit(noisySweep(2.91, 0.65, 0, 2, 3), T, 2, 0, Double.POSITIVE_INFINITY);
        assertEquals(0.35, r.alpha(), 4 * r.alphaError());
    }

    @Test
    void fitsOnlyThePointsInsideTheVoltageLimitAndReportsTheRange() {
        Sweep sweep = noisySweep(2.91, 0.5, 0, 2, 11);
        TafelFit.Result r = TafelFit.fit(sweep, T, 2, 0, 0.15);
        assertTrue(r.points() < sweep.size());
        assertTrue(r.maxVoltage() <= 0.15 && r.minVoltage() >= -0.15);
        assertEquals(2.91, r.exchangeCurrentDensity(), 4 * r.exchangeCurrentDensityError());
    }

    @Test
    void atAlphaOneHalfTheFitHoldsAlphaAndKeepsTheOtherErrors() {
        TafelFit.Result r = TafelFit.fit(noisySweep(2.91, 0.5, 0.002, 2, 5), T, 2, Double.NaN, Double.POSITIVE_INFINITY);
        assertTrue(r.alpha() == 0.5 || Math.abs(r.alpha() - 0.5) <= 4 * r.alphaError(), "alpha " + r.alpha());
        assertTrue(Double.isFinite(r.exchangeCurrentDensityError()) && Double.isFinite(r.seriesResistanceError()));
        assertEquals(2.91, r.exchangeCurrentDensity(), 4 * r.exchangeCurrentDensityError());
    }

    @Test
    void refusesTooFewPointsAndBadOptions() {
        Sweep tiny = new Sweep(new double[] {0.1, 0.2, 0.3}, new double[] {1, 2, 3});
        assertThrows(IllegalArgumentException.class, () -> TafelFit.fit(tiny, T, 2, Double.NaN, 1));
        Sweep sweep = noisySweep(2.91, 0.5, 0, 2, 1);
        assertThrows(IllegalArgumentException.class, () -> TafelFit.fit(sweep, T, 3, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> TafelFit.fit(sweep, -1, 2, Double.NaN, 1));
    }
}
