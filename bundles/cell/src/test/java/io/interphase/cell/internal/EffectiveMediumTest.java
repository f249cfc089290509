package io.interphase.cell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interphase.api.cell.EffectiveConductivity;
import io.interphase.api.cell.Percolation;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EffectiveMediumTest {

    private static final Percolation SPHERES = Percolation.SPHERES_3D;

    @Test
    void onePhaseIsItsOwnConductivityForEveryEstimate() {
        EffectiveConductivity c = EffectiveMedium.of(new double[] {1}, new double[] {0.18}, SPHERES);
        for (double v : new double[] {c.parallel(), c.series(), c.hashinShtrikmanLower(), c.hashinShtrikmanUpper(),
                c.bruggeman(), c.generalEffectiveMedium()}) {
            assertEquals(0.18, v, 1e-15);
        }
    }

    @Test
    void equalConductivitiesGiveThatConductivity() {
        EffectiveConductivity c = EffectiveMedium.of(new double[] {0.3, 0.7}, new double[] {2.5, 2.5}, SPHERES);
        assertEquals(2.5, c.bruggeman(), 1e-12);
        assertEquals(2.5, c.hashinShtrikmanLower(), 1e-12);
        assertEquals(2.5, c.series(), 1e-12);
    }

    @Test
    void bruggemanMatchesTheTwoPhaseClosedForm() {
        // (3φ1 − 1)σ1 + (3φ2 − 1)σ2 = b;  σ = [b + √(b² + 8 σ1 σ2)] / 4
        double s1 = 3.0;
        double s2 = 0.02;
        for (double phi1 = 0.05; phi1 < 1; phi1 += 0.1) {
            double phi2 = 1 - phi1;
            double b = (3 * phi1 - 1) * s1 + (3 * phi2 - 1) * s2;
            double exact = (b + Math.sqrt(b * b + 8 * s1 * s2)) / 4;
            assertEquals(exact, EffectiveMedium.generalEffectiveMedium(new double[] {phi1, phi2},
                    new double[] {s1, s2}, EffectiveMedium.BRUGGEMAN), exact * 1e-10, "phi1 = " + phi1);
        }
    }

    @Test
    void maxwellGarnettIsTheTwoPhaseHashinShtrikmanLowerBound() {
        // spheres of σ2 in a matrix of σ1 < σ2: σ1 (σ2 + 2σ1 + 2φ(σ2 − σ1)) / (σ2 + 2σ1 − φ(σ2 − σ1))
        double s1 = 0.1;
        double s2 = 7.0;
        double phi = 0.3;
        double mg = s1 * (s2 + 2 * s1 + 2 * phi * (s2 - s1)) / (s2 + 2 * s1 - phi * (s2 - s1));
        assertEquals(mg, EffectiveMedium.hashinShtrikman(new double[] {1 - phi, phi}, new double[] {s1, s2}, s1), 1e-12);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void boundsNestForRandomMixturesOverManyDecades(int seed) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(3);
            double[] phi = new double[n];
            double[] sigma = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                phi[i] = 0.01 + random.nextDouble();
                sum += phi[i];
                sigma[i] = Math.pow(10, -10 + 17 * random.nextDouble());
            }
            for (int i = 0; i < n; i++) {
                phi[i] /= sum;
            }
            Percolation p = new Percolation(0.05 + 0.4 * random.nextDouble(), 0.5 + 2.5 * random.nextDouble());
            EffectiveConductivity c = EffectiveMedium.of(phi, sigma, p);
            String where = "seed " + seed + " trial " + trial;
            double slack = 1 + 1e-9;
            assertTrue(c.series() <= c.hashinShtrikmanLower() * slack, where);
            assertTrue(c.hashinShtrikmanLower() <= c.bruggeman() * slack, where);
            assertTrue(c.bruggeman() <= c.hashinShtrikmanUpper() * slack, where);
            assertTrue(c.hashinShtrikmanUpper() <= c.parallel() * slack, where);
            double min = java.util.Arrays.stream(sigma).min().getAsDouble();
            double max = java.util.Arrays.stream(sigma).max().getAsDouble();
            assertTrue(c.generalEffectiveMedium() >= min / slack && c.generalEffectiveMedium() <= max * slack, where);
        }
    }

    @Test
    void aboveThresholdInAnInsulatorTheGemFollowsItsExactPowerLaw() {
        // σ_l = 0: σ = σ_h ((φ − φc) / (1 − φc))^t exactly; below φc the mixture insulates
        Percolation p = new Percolation(0.16, 2.0);
        double sigmaH = 0.1;
        for (double phi : new double[] {0.17, 0.2, 0.3, 0.5, 0.8}) {
            double exact = sigmaH * Math.pow((phi - 0.16) / 0.84, 2.0);
            assertEquals(exact, EffectiveMedium.generalEffectiveMedium(new double[] {phi, 1 - phi},
                    new double[] {sigmaH, 0}, p), exact * 1e-9, "phi = " + phi);
        }
        for (double phi : new double[] {0.01, 0.1, 0.159}) {
            assertEquals(0, EffectiveMedium.generalEffectiveMedium(new double[] {phi, 1 - phi},
                    new double[] {sigmaH, 0}, p), "phi = " + phi);
        }
    }

    @Test
    void aPoorConductorMatrixShowsTheThresholdAsAJumpOfDecades() {
        Percolation p = new Percolation(0.16, 2.0);
        double[] sigma = {1e-1, 1e-9};
        double below = EffectiveMedium.generalEffectiveMedium(new double[] {0.10, 0.90}, sigma, p);
        double above = EffectiveMedium.generalEffectiveMedium(new double[] {0.25, 0.75}, sigma, p);
        assertTrue(above / below > 1e4, "below " + below + ", above " + above);
        // the log-log slope of σ against φ − φc approaches t well above the threshold
        double s1 = EffectiveMedium.generalEffectiveMedium(new double[] {0.36, 0.64}, sigma, p);
        double s2 = EffectiveMedium.generalEffectiveMedium(new double[] {0.56, 0.44}, sigma, p);
        assertEquals(2.0, Math.log(s2 / s1) / Math.log(0.40 / 0.20), 0.01);
    }

    @Test
    void anInsulatingPhaseMakesTheSeriesBoundZeroWithoutFailing() {
        EffectiveConductivity c = EffectiveMedium.of(new double[] {0.5, 0.5}, new double[] {1, 0}, SPHERES);
        assertEquals(0, c.series());
        assertEquals(0, c.hashinShtrikmanLower());
        assertTrue(c.bruggeman() > 0 && c.generalEffectiveMedium() > 0);
    }
}
