package io.interphase.solver.phasefield;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CahnHilliardTest {

    static final double W = 4.45e6;
    static final double KAPPA = 1.25e-6;
    static final double M0 = 4e-14 / W;
    static final double H = 0.25e-6;

    @Test
    void aSmallWaveDecaysAtTheLinearisedRateOfTheDiscreteOperator() {
        // about s0 the equation is linear: a mode of wavenumber k decays at M(s0) λ (W g''(s0) + κ λ), with the
        // grid's eigenvalue λ = (4/h²) sin²(kh/2) of −∇²
        int nx = 32;
        int ny = 4;
        double s0 = 0.9;
        double k = 2 * Math.PI / (nx * H);
        double[] s = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                s[j * nx + i] = s0 + 1e-6 * Math.cos(k * (i + 0.5) * H);
            }
        }
        CahnHilliard ch = new CahnHilliard(nx, ny, H, W, KAPPA, M0);
        double lambda = 4 / (H * H) * Math.pow(Math.sin(k * H / 2), 2);
        double g2 = 2 - 12 * s0 + 12 * s0 * s0;
        double rate = M0 * s0 * lambda * (W * g2 + KAPPA * lambda);
        double t = 0.5 / rate;
        ch.advance(s, new double[s.length], t);
        double amplitude = (s[0] - s0) / Math.cos(k * 0.5 * H);
        assertEquals(1e-6 * Math.exp(-rate * t), amplitude, 0.01 * 1e-6 * Math.exp(-rate * t));
    }

    @Test
    void theRelaxationConservesLiAndTheSourceAddsExactlyItsIntegral() {
        int nx = 16;
        int ny = 24;
        double[] s = new double[nx * ny];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        double before = 0;
        for (int k = 0; k < s.length; k++) {
            s[k] = r.nextDouble();
            before += s[k];
        }
        double[] source = new double[s.length];
        source[5] = 0.01;
        CahnHilliard ch = new CahnHilliard(nx, ny, H, W, KAPPA, M0);
        ch.advance(s, source, 2.0);
        double after = 0;
        for (double v : s) {
            after += v;
        }
        assertEquals(before + 0.02, after, 1e-10 * before);
    }
}
