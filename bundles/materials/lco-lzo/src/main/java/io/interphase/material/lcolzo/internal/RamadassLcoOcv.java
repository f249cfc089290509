package io.interphase.material.lcolzo.internal;

import io.interphase.api.material.OcvCurve;
import java.util.Locale;

/**
 * The open-circuit voltage of LiyCoO2 against Li/Li⁺, the rational fit of Ramadass et al. (also
 * used in Doyle-type cell models):
 * <pre>
 * U(y) = (−4.656 + 88.669 y² − 401.119 y⁴ + 342.909 y⁶ − 462.471 y⁸ + 433.434 y¹⁰)
 *      / (−1 + 18.933 y² − 79.532 y⁴ + 37.311 y⁶ − 73.083 y⁸ + 95.96 y¹⁰)
 * </pre>
 * y is the lithium fraction of LiyCoO2 as in the paper. (PyBaMM's "Ramadass2004" set evaluates the
 * same fit at 1.13 × its own electrode stoichiometry; that stretch belongs to its cell, not to the
 * material, and is not applied here.)
 *
 * <p>Range: the denominator vanishes at y = 0.42264 and y = 1.00429, so the fit has poles there.
 * Between them it falls monotonically; from y = 0.5 (4.235 V) it is close to the measured LCO
 * curve: 4.08 V at 0.6, 3.98 V at 0.7, 3.91 V at 0.8, 3.85 V at 0.9, 3.43 V at 0.99 and 2.29 V at
 * 1.0, crossing the 3.0 V cut-off at y ≈ 0.997. Below 0.5 the rise towards the pole is an artefact
 * of the fit, so the curve is valid on [0.5, 1.0]; outside it {@link #voltage} throws.
 */
final class RamadassLcoOcv implements OcvCurve {

    static final double MIN_FRACTION = 0.5;
    static final double MAX_FRACTION = 1.0;

    private static final double[] NUMERATOR = {-4.656, 88.669, -401.119, 342.909, -462.471, 433.434};
    private static final double[] DENOMINATOR = {-1, 18.933, -79.532, 37.311, -73.083, 95.96};

    @Override
    public double voltage(double y) {
        if (!(y >= MIN_FRACTION && y <= MAX_FRACTION)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "lithium fraction y = %s is outside the LiyCoO2 OCV curve's valid range %s <= y <= %s",
                    y, MIN_FRACTION, MAX_FRACTION));
        }
        double y2 = y * y;
        return polynomial(NUMERATOR, y2) / polynomial(DENOMINATOR, y2);
    }

    /** c0 + c1 x + c2 x² + … by Horner's rule. */
    private static double polynomial(double[] c, double x) {
        double sum = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            sum = sum * x + c[i];
        }
        return sum;
    }

    @Override
    public double minFraction() {
        return MIN_FRACTION;
    }

    @Override
    public double maxFraction() {
        return MAX_FRACTION;
    }

    @Override
    public String source() {
        return "P. Ramadass, B. Haran, P. M. Gomadam, R. White, B. N. Popov, J. Electrochem. Soc. 151 (2004) A196: "
                + "rational fit of the LiyCoO2 OCV, valid here for 0.5 <= y <= 1.0";
    }

    @Override
    public String toString() {
        return "OCV[LiyCoO2, Ramadass 2004]";
    }
}
