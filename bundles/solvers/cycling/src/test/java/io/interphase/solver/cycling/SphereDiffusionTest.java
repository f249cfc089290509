package io.interphase.solver.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SphereDiffusionTest {

    /** Crank's series for the surface excess under constant rate from rest, summed over 20000 modes. */
    static double crank(double rate, double tau, double t) {
        double[] roots = SphereDiffusion.roots(20000);
        double sum = 0.2;
        for (double l : roots) {
            sum -= 2 * Math.exp(-l * l * t / tau) / (l * l);
        }
        return rate * tau / 3 * sum;
    }

    @Test
    void rootsSolveTanEqualsArgument() {
        for (double l : SphereDiffusion.ROOTS) {
            assertEquals(l, Math.tan(l), 1e-9 * l);
        }
        assertEquals(4.493409457909064, SphereDiffusion.ROOTS[0], 1e-12);
    }

    @Test
    void constantRateFollowsCranksSeries() {
        double tau = 6250;
        double rate = 1e-3;
        for (double t : new double[] {tau / 100, tau / 10, tau / 3, tau, 3 * tau}) {
            SphereDiffusion d = new SphereDiffusion(tau);
            d.advance(t, rate);
            double exact = crank(rate, tau, t);
            // the modes past the twelfth are taken at steady state: exact once t exceeds τ/λ13² ≈ τ/1700
            assertEquals(exact, d.surfaceExcess(rate), 2e-4 * rate * tau, "t = " + t);
        }
    }

    @Test
    void theSteadyExcessIsAFifthOfRateTauOverThree() {
        SphereDiffusion d = new SphereDiffusion(100);
        d.advance(1e5, 2e-3);
        assertEquals(2e-3 * 100 / 15, d.surfaceExcess(2e-3), 1e-15);
    }

    @Test
    void theUpdateIsExactWhateverTheStep() {
        SphereDiffusion one = new SphereDiffusion(500);
        SphereDiffusion many = new SphereDiffusion(500);
        one.advance(300, 1e-3);
        one.advance(200, -5e-4);
        for (int k = 0; k < 3000; k++) {
            many.advance(0.1, 1e-3);
        }
        for (int k = 0; k < 400; k++) {
            many.advance(0.5, -5e-4);
        }
        assertEquals(one.surfaceExcess(-5e-4), many.surfaceExcess(-5e-4), 1e-12);
    }

    @Test
    void restRelaxesTheExcessToZero() {
        SphereDiffusion d = new SphereDiffusion(100);
        d.advance(50, 1e-3);
        d.advance(1e5, 0);
        assertEquals(0, d.surfaceExcess(0), 1e-15);
    }
}
