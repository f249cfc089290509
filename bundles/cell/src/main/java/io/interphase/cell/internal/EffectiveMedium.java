package io.interphase.cell.internal;

import io.interphase.api.cell.EffectiveConductivity;
import io.interphase.api.cell.Percolation;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Effective conductivity of an isotropic random mixture of phases with volume fractions φ_i and
 * conductivities σ_i (S/m, ≥ 0): the Wiener and Hashin–Shtrikman bounds, Bruggeman's symmetric
 * medium and McLachlan's general effective medium (GEM).
 *
 * <p>The GEM in its multiphase form, Σ φ_i (σ_i^{1/t} − σ^{1/t}) / (σ_i^{1/t} + A σ^{1/t}) = 0 with
 * A = (1 − φc)/φc (McLachlan, Blaszkiewicz and Newnham, J. Am. Ceram. Soc. 73 (1990) 2187), is
 * solved for ln σ because the phases' conductivities span up to 20 decades. With t = 1 and
 * φc = 1/3 it is exactly Bruggeman's equation, so one solver serves both.
 */
final class EffectiveMedium {

    /** Bruggeman's symmetric medium as a GEM: A = 2, t = 1. */
    static final Percolation BRUGGEMAN = new Percolation(1.0 / 3.0, 1.0);

    /** Natural-log span searched below the best conductor when a phase is a perfect insulator. */
    private static final double LN_SPAN = 700;

    private EffectiveMedium() {
    }

    static EffectiveConductivity of(double[] phi, double[] sigma, Percolation percolation) {
        return new EffectiveConductivity(parallel(phi, sigma), series(phi, sigma),
                hashinShtrikman(phi, sigma, min(sigma)), hashinShtrikman(phi, sigma, max(sigma)),
                generalEffectiveMedium(phi, sigma, BRUGGEMAN), generalEffectiveMedium(phi, sigma, percolation));
    }

    /** Wiener upper bound: phases side by side along the current. */
    static double parallel(double[] phi, double[] sigma) {
        double sum = 0;
        for (int i = 0; i < phi.length; i++) {
            sum += phi[i] * sigma[i];
        }
        return sum;
    }

    /** Wiener lower bound: phases in series; zero when any present phase is an insulator. */
    static double series(double[] phi, double[] sigma) {
        double sum = 0;
        for (int i = 0; i < phi.length; i++) {
            sum += phi[i] / sigma[i];
        }
        return 1 / sum;
    }

    /**
     * Hashin–Shtrikman bound for a 3D isotropic multiphase mixture, [Σ φ_i/(σ_i + 2s)]⁻¹ − 2s:
     * the lower bound with s = min σ_i, the upper with s = max σ_i.
     */
    static double hashinShtrikman(double[] phi, double[] sigma, double s) {
        double sum = 0;
        for (int i = 0; i < phi.length; i++) {
            sum += phi[i] / (sigma[i] + 2 * s);
        }
        return Math.max(0, 1 / sum - 2 * s);
    }

    /** The root of the GEM equation; see the class comment. */
    static double generalEffectiveMedium(double[] phi, double[] sigma, Percolation percolation) {
        double lo = min(sigma);
        double hi = max(sigma);
        if (lo == hi) {
            return hi;
        }
        double a = (1 - percolation.threshold()) / percolation.threshold();
        double t = percolation.exponent();
        double lnHi = Math.log(hi);
        double lnLo = lo > 0 ? Math.log(lo) : lnHi - LN_SPAN;
        if (lo == 0 && gem(phi, sigma, a, t, lnLo) <= 0) {
            // the conducting phases do not percolate: the mixture is an insulator
            return 0;
        }
        double lnSigma = new BrentSolver(1e-13, 1e-13).solve(1000, x -> gem(phi, sigma, a, t, x), lnLo, lnHi);
        return Math.exp(lnSigma);
    }

    /** The GEM sum at σ = exp(lnSigma): positive below the root, negative above. */
    private static double gem(double[] phi, double[] sigma, double a, double t, double lnSigma) {
        double s = Math.exp(lnSigma / t);
        double sum = 0;
        for (int i = 0; i < phi.length; i++) {
            double si = Math.pow(sigma[i], 1 / t);
            sum += phi[i] * (si - s) / (si + a * s);
        }
        return sum;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
