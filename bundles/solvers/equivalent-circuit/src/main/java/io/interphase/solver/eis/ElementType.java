package io.interphase.solver.eis;

import org.hipparchus.complex.Complex;

/**
 * The circuit elements, their parameters (SI) and impedance at angular frequency ω.
 * Finite Warburg and Gerischer forms as in Lasia, Electrochemical Impedance Spectroscopy and its
 * Applications (Springer 2014), ch. 4 and 9. Every parameter is positive (R_el of a transmission line
 * may also be 0); an exponent n is at most 1.
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
            return ComplexFunctions.coth(s).divide(s).multiply(p[i]);
        }
    },
    /** Finite-length (short, transmissive) Warburg: Z = Z0 tanh(√(jωτ))/√(jωτ). Parameters Z0 (Ω), τ (s). */
    WS("Ws", "Ohm", "s") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            Complex s = JOMEGA.multiply(omega * p[i + 1]).sqrt();
            return ComplexFunctions.tanh(s).divide(s).multiply(p[i]);
        }
    },
    /** Gerischer: Z = R_G/√(1 + jω t_G). Parameters R_G (Ω), t_G (s). */
    G("G", "Ohm", "s") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            return new Complex(1, omega * p[i + 1]).sqrt().reciprocal().multiply(p[i]);
        }
    },
    /**
     * Two-rail transmission line of a mixed-conducting layer (Bisquert 2000), see
     * {@link TransmissionLine}. Parameters R_ion (Ω), R_el (Ω), and the interface R_ct (Ω) in parallel
     * with a CPE Q (F s^(n−1)), n (0..1).
     */
    T("T", "Ohm", "Ohm", "Ohm", "F s^(n-1)", "1") {
        @Override
        Complex impedance(double omega, double[] p, int i) {
            return TransmissionLine.impedance(omega, p, i);
        }

        @Override
        public double upperBound(int k) {
            return k == 4 ? 1 : Double.POSITIVE_INFINITY;
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

    /** The symbols of all elements, for messages: "R, C, L, ...". */
    static String symbols() {
        StringBuilder b = new StringBuilder();
        for (ElementType t : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(t.symbol);
        }
        return b.toString();
    }

    public int parameterCount() {
        return units.length;
    }

    /** The largest value parameter {@code k} may take: 1 for an exponent n, otherwise unbounded. */
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
