package io.interphase.solver.cycling;

import java.util.Arrays;
import org.hipparchus.complex.Complex;

/**
 * Solid diffusion in a spherical particle, as the surface's excess over the mean composition. For a
 * flux that is constant from rest (Crank, The Mathematics of Diffusion, §6.3.2):
 * <pre>
 * y_s − ȳ = (r τ / 3) [1/5 − Σ 2 exp(−λ_n² t/τ) / λ_n²],   tan λ_n = λ_n,   τ = R²/D
 * </pre>
 * with r = dȳ/dt. Each term is a first-order branch with time constant τ/λ_n² that relaxes towards
 * 2 r τ/(3 λ_n²); for piecewise-constant r it is updated exactly,
 * x ← x e^(−Δt/τ_n) + x∞ (1 − e^(−Δt/τ_n)). The modes past {@link #MODES} are faster than
 * τ/λ²_MODES and are taken at their steady value (Σ 2/λ_n² = 1/5 fixes their sum).
 */
public final class SphereDiffusion {

    /** Modes followed in time; the slowest left out relaxes in τ/λ₁₃² ≈ τ/1700. */
    public static final int MODES = 12;

    static final double[] ROOTS = roots(MODES);
    private static final double FAST_MODES_GAIN = fastModesGain();

    private final double tau;
    private final double[] excess;
    private double cachedStep = Double.NaN;
    private final double[] cachedDecay = new double[MODES];

    /** @param tau R²/D, s */
    public SphereDiffusion(double tau) {
        if (!(tau > 0 && Double.isFinite(tau))) {
            throw new IllegalArgumentException("diffusion time R²/D must be positive and finite, got " + tau);
        }
        this.tau = tau;
        this.excess = new double[MODES];
    }

    private SphereDiffusion(SphereDiffusion other) {
        this.tau = other.tau;
        this.excess = other.excess.clone();
    }

    public SphereDiffusion copy() {
        return new SphereDiffusion(this);
    }

    /** y_s − ȳ while the mean composition changes at {@code rate} (1/s). */
    public double surfaceExcess(double rate) {
        double sum = rate * tau / 3 * FAST_MODES_GAIN;
        for (double x : excess) {
            sum += x;
        }
        return sum;
    }

    /**
     * The surface composition's response to a small sinusoidal dȳ/dt at angular frequency ω, s: the
     * exact response of a sphere, Y(ω) = (τ/3) tanh q / (q − tanh q) with q = √(jωτ). At low frequency
     * it is 1/(jω) (the mean) + τ/15 (the particle's diffusion resistance), at high frequency the
     * Warburg τ/(3q). The modes followed in time agree with it within 0.5 % up to ωτ = 100; above,
     * they would hold the fast modes at their steady value, which a spectrum must not.
     */
    public Complex surfaceResponse(double omega) {
        Complex q = new Complex(0, omega * tau).sqrt();
        Complex f;
        if (q.norm() < 0.1) {
            // 3/q² + 1/5 − q²/175: q − tanh q would cancel to a few digits here
            Complex q2 = q.multiply(q);
            f = q2.reciprocal().multiply(3).add(0.2).subtract(q2.divide(175));
        } else {
            // tanh q is 1 to double precision once Re q > 20 (and its formula would overflow)
            Complex tanh = q.getReal() > 20 ? Complex.ONE : q.tanh();
            f = tanh.divide(q.subtract(tanh));
        }
        return f.multiply(tau / 3);
    }

    /** Advances the modes by {@code dt} seconds at a constant rate dȳ/dt, exactly. */
    public void advance(double dt, double rate) {
        if (dt != cachedStep) {
            for (int n = 0; n < MODES; n++) {
                cachedDecay[n] = Math.exp(-dt * ROOTS[n] * ROOTS[n] / tau);
            }
            cachedStep = dt;
        }
        for (int n = 0; n < MODES; n++) {
            double target = 2 * rate * tau / (3 * ROOTS[n] * ROOTS[n]);
            excess[n] = target + (excess[n] - target) * cachedDecay[n];
        }
    }

    /** The positive roots of tan λ = λ, one in each (nπ, nπ + π/2), by bisection. */
    static double[] roots(int count) {
        double[] r = new double[count];
        for (int n = 1; n <= count; n++) {
            double lo = n * Math.PI + 1e-12;
            double hi = n * Math.PI + Math.PI / 2 - 1e-12;
            for (int k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
                double mid = 0.5 * (lo + hi);
                if (Math.tan(mid) - mid < 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            r[n - 1] = 0.5 * (lo + hi);
        }
        return r;
    }

    private static double fastModesGain() {
        return 0.2 - Arrays.stream(ROOTS).map(l -> 2 / (l * l)).sum();
    }
}
