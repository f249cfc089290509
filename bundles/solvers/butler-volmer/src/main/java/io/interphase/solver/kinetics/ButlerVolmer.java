package io.interphase.solver.kinetics;

import io.interphase.api.units.Units;

/**
 * Butler–Volmer kinetics at one interface, per unit of true interface area:
 * <pre>
 * j(η) = i0 [exp(α F η / RT) − exp(−(1 − α) F η / RT)]
 * </pre>
 * with j positive anodic (Li → Li⁺ + e⁻, stripping) and η the overpotential, electron-conductor
 * potential minus ion-conductor potential (Li | Li⁺ equilibrium at 0). α is the anodic transfer
 * coefficient, α_c = 1 − α.
 *
 * @param exchangeCurrentDensity i0, A/m², positive
 * @param alpha anodic transfer coefficient, in (0, 1)
 * @param temperature K, positive
 */
public record ButlerVolmer(double exchangeCurrentDensity, double alpha, double temperature) {

    public ButlerVolmer {
        if (!(exchangeCurrentDensity > 0) || !Double.isFinite(exchangeCurrentDensity)) {
            throw new IllegalArgumentException("exchange current density must be positive, got " + exchangeCurrentDensity + " A/m2");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("transfer coefficient alpha must be in (0, 1), got " + alpha);
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive kelvin, got " + temperature);
        }
    }

    /** The same law with another exchange current density, A/m². */
    public ButlerVolmer withExchangeCurrent(double i0) {
        return new ButlerVolmer(i0, alpha, temperature);
    }

    /** F/RT, 1/V. */
    public double f() {
        return Units.FARADAY / (Units.GAS_CONSTANT * temperature);
    }

    /** Current density at overpotential η, A/m² of true area; exact near η = 0 too (see {@link #expm1}). */
    public double current(double eta) {
        double f = f();
        return exchangeCurrentDensity * (expm1(alpha * f * eta) - expm1(-(1 - alpha) * f * eta));
    }

    /**
     * e^x − 1: Math.expm1 (exact for small x, but a native call on JDK 17 that dominated long cycling runs)
     * only where exp(x) − 1 would lose digits; from |x| = 1e-3 on, exp(x) − 1 is within 2e-13 relative.
     */
    static double expm1(double x) {
        return Math.abs(x) < 1e-3 ? Math.expm1(x) : Math.exp(x) - 1;
    }

    /** dj/dη, S/m². */
    public double slope(double eta) {
        double f = f();
        return exchangeCurrentDensity * f * (alpha * Math.exp(alpha * f * eta) + (1 - alpha) * Math.exp(-(1 - alpha) * f * eta));
    }

    /** Low-field charge-transfer resistance RT/(F i0), Ω·m² of true area. */
    public double chargeTransferResistance() {
        return 1 / (f() * exchangeCurrentDensity);
    }

    /**
     * The overpotential that drives current density j: the inverse of {@link #current}, by Newton's
     * method kept inside a bracket. Since |j(η)| ≥ i0 (exp(min(α, 1 − α) F|η|/RT) − 1), the root lies
     * within ln(|j|/i0 + 1) RT/(min(α, 1 − α) F) of zero on the side of j's sign.
     */
    public double overpotential(double j) {
        if (j == 0) {
            return 0;
        }
        double bound = Math.log(Math.abs(j) / exchangeCurrentDensity + 1) / (Math.min(alpha, 1 - alpha) * f()) * 1.0001;
        double lo = j > 0 ? 0 : -bound;
        double hi = j > 0 ? bound : 0;
        double eta = 2 / f() * asinh(j / (2 * exchangeCurrentDensity));
        for (int k = 0; k < 200; k++) {
            double r = current(eta) - j;
            if (r > 0) {
                hi = eta;
            } else {
                lo = eta;
            }
            double next = eta - r / slope(eta);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - eta) <= 1e-15 * Math.abs(next)) {
                return next;
            }
            eta = next;
        }
        return eta;
    }

    static double asinh(double x) {
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(2 * a) : Math.log(a + Math.sqrt(a * a + 1));
        return Math.copySign(r, x);
    }
}
