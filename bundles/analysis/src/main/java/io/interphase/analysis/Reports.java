package io.interphase.analysis;

/** Report helpers shared by the analyses and commands. */
public final class Reports {

    private Reports() {
    }

    /** The value, or null where JSON has no number for it (an infinite standard error: not determined). */
    public static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
