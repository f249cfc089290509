package io.interphase.solver.eis;

/**
 * Keeps a fitted parameter inside its bounds (lower, upper] by letting the optimizer move a free
 * variable x instead: p = lower + e^x without an upper bound, p = lower + (upper − lower)/(1 + e^−x)
 * with one. A parameter at a bound shows up as x running off and a large standard error.
 */
final class BoundTransform {
    private final double lower;
    private final double upper;

    BoundTransform(double lower, double upper) {
        if (!(lower >= 0 && Double.isFinite(lower) && upper > lower)) {
            throw new IllegalArgumentException("bounds need 0 <= lower < upper, got " + lower + ", " + upper);
        }
        this.lower = lower;
        this.upper = upper;
    }

    double lower() {
        return lower;
    }

    double upper() {
        return upper;
    }

    /** Whether p may start a fit: above the lower bound, at most the upper. */
    boolean admits(double p) {
        return p > lower && p <= upper;
    }

    /** x of p; a p on a bound (an initial value, or a first fit that ran there) starts just inside. */
    double toX(double p) {
        if (Double.isInfinite(upper)) {
            return Math.log(Math.max(p - lower, Double.MIN_NORMAL));
        }
        double u = Math.max(Math.min((p - lower) / (upper - lower), 1 - 1e-9), 1e-300);
        return Math.log(u / (1 - u));
    }

    double toP(double x) {
        return Double.isInfinite(upper) ? lower + Math.exp(x) : lower + (upper - lower) / (1 + Math.exp(-x));
    }

    /** dp/dx at p, to carry a standard error from x to p. */
    double derivative(double p) {
        return Double.isInfinite(upper) ? p - lower : (p - lower) * (upper - p) / (upper - lower);
    }
}
