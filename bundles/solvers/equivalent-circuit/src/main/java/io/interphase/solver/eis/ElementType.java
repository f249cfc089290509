package io.interphase.solver.eis;

import org.apache.commons.math3.complex.Complex;

/**
 * The circuit elements, their parameters (SI) and impedance at angular frequency ω.
 * Finite Warburg and Gerischer forms as in Lasia, Electrochemical Impedance Spectroscopy and its
 * Applications (Springer 2014), ch. 4 and 9.
 */
public enum ElementType {
    /** Resistor: Z = R. Parameter R (Ω). */
    R("R", "Ohm") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            return new Complex(p[i], 0);
        }
    },
    /** Capacitor: Z = 1/(jωC). Parameter C (F). */
    C("C", "F") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            return new Complex(0, -1 / (omega * p[i]));
        }
    },
    /** Inductor: Z = jωL. Parameter L (H). */
    L("L", "H") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            return new Complex(0, omega * p[i]);
        }
    },
    /** Constant-phase element: Z = 1/(Q (jω)^n). Parameters Q (F s^(n−1)), n (0..1). */
    CPE("CPE", "F s^(n-1)", "1") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            return JOMEGA.multiply(omega).pow(p[i + 1]).multiply(p[i]).reciprocal();
        }
    },
    /** Semi-infinite Warburg: Z = A_W (1 − j)/√ω. Parameter A_W (Ω s^-½). */
    W("W", "Ohm s^-0.5") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            return new Complex(1, -1).multiply(p[i] / Math.sqrt(omega));
        }
    },
    /** Finite-space (open, reflecting) Warburg: Z = Z0 coth(√(jωτ))/√(jωτ). Parameters Z0 (Ω), τ (s). */
    WO("Wo", "Ohm", "s") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            Complex s = JOMEGA.multiply(omega * p[i + 1]).sqrt();
            return s.tanh().multiply(s).reciprocal().multiply(p[i]);
        }
    },
    /** Finite-length (short, transmissive) Warburg: Z = Z0 tanh(√(jωτ))/√(jωτ). Parameters Z0 (Ω), τ (s). */
    WS("Ws", "Ohm", "s") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            Complex s = JOMEGA.multiply(omega * p[i + 1]).sqrt();
            return s.tanh().divide(s).multiply(p[i]);
        }
    },
    /** Gerischer: Z = R_G/√(1 + jω t_G). Parameters R_G (Ω), t_G (s). */
    G("G", "Ohm", "s") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            return new Complex(1, omega * p[i + 1]).sqrt().reciprocal().multiply(p[i]);
        }
    };

    private static final Complex JOMEGA = Complex.I;

    private final String symbol;
    private final String[] units;

    ElementType(String symbol, String... units) {
        this.symbol = symbol;
        this.units = units;
    }

    /** How the element is written in a circuit string ("CPE", "Wo"). */
    public String symbol() {
        return symbol;
    }

    public int parameterCount() {
        return units.length;
    }

    /** The largest value parameter {@code k} may take: 1 for a CPE exponent, otherwise unbounded. */
    public double upperBound(int k) {
        return this == CPE && k == 1 ? 1 : Double.POSITIVE_INFINITY;
    }

    /** The unit of parameter {@code k}. */
    public String unit(int k) {
        return units[k];
    }

    /** Z at angular frequency {@code omega} from the parameters starting at {@code p[i]}. */
    abstract Complex impedance(double omega, double[] p, int i);
}
