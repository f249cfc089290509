package io.interphase.solver.eis;

import org.hipparchus.complex.Complex;

/**
 * Hyperbolic functions of a complex argument that stay finite for a large real part. Commons Math
 * 3.6.1 computes tanh z as sinh 2x / (cosh 2x + cos 2y), which is ∞/∞ = NaN once |Re z| exceeds
 * about 355; diffusion elements reach that at ωτ ≈ 2.5e5.
 */
final class ComplexFunctions {

    /** Beyond this |Re z|, tanh z = ±1 and 1/sinh z = ±2e^(∓z) to within 1e-17. */
    private static final double LARGE = 20;

    private ComplexFunctions() {
    }

    static Complex tanh(Complex z) {
        if (Math.abs(z.getReal()) > LARGE) {
            return new Complex(Math.signum(z.getReal()), 0);
        }
        return z.tanh();
    }

    static Complex coth(Complex z) {
        return tanh(z).reciprocal();
    }

    /** 1/sinh z. */
    static Complex csch(Complex z) {
        if (z.getReal() > LARGE) {
            return z.negate().exp().multiply(2);
        }
        if (z.getReal() < -LARGE) {
            return z.exp().multiply(-2);
        }
        return z.sinh().reciprocal();
    }
}
