package io.interphase.solver.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

class TransmissionLineTest {

    private static final Circuit T = Circuit.parse("T1");
    private static final double[] FREQUENCIES = {1e-3, 0.1, 1, 10, 100, 1e3, 1e5};

    private static void assertComplex(Complex expected, Complex actual, double relative, String what) {
        double tolerance = relative * expected.norm();
        assertEquals(expected.getReal(), actual.getReal(), tolerance, what + ", real part");
        assertEquals(expected.getImaginary(), actual.getImaginary(), tolerance, what + ", imaginary part");
    }

    private static Complex interface_(double f, double rct, double q, double n) {
        return Complex.I.multiply(2 * Math.PI * f).pow(n).multiply(q).add(1 / rct).reciprocal();
    }

    @Test
    void itsParametersAreNamedAndBounded() {
        assertEquals(List.of("R0", "T1_0", "T1_1", "T1_2", "T1_3", "T1_4"), Circuit.parse("R0-T1").parameterNames());
        assertEquals(List.of("Ohm", "Ohm", "Ohm", "F s^(n-1)", "1"), T.parameterUnits());
        assertEquals(1, T.upperBounds()[4]);
        assertTrue(Double.isInfinite(T.upperBounds()[2]));
    }

    @Test
    void withoutElectronicResistanceItIsDeLevie() {
        // de Levie: Z = √(R_ion Z_int) coth(√(R_ion / Z_int)), the totals form of √(r_i ζ) coth(L/λ)
        double rIon = 80;
        for (double f : FREQUENCIES) {
            Complex zInt = interface_(f, 300, 2e-4, 0.85);
            Complex expected = zInt.multiply(rIon).sqrt().multiply(zInt.reciprocal().multiply(rIon).sqrt().tanh().reciprocal());
            assertComplex(expected, T.impedance(f, new double[] {rIon, 0, 300, 2e-4, 0.85}), 1e-12, f + " Hz");
            assertComplex(expected, T.impedance(f, new double[] {rIon, 1e-9, 300, 2e-4, 0.85}), 1e-9, f + " Hz, R_el 1e-9");
        }
    }

    @Test
    void itAgreesWithADiscreteLadderNetwork() {
        // an independent check of Bisquert's closed form: 160 rail segments solved by nodal analysis,
        // up to frequencies where the penetration depth λ is still many segments long
        double[] p = {50, 20, 200, 1e-4, 0.9};
        for (double f : new double[] {1e-3, 0.1, 1, 10, 100, 1e3}) {
            Complex ladder = ladder(160, p[0], p[1], interface_(f, p[2], p[3], p[4]));
            assertComplex(ladder, T.impedance(f, p), 1e-4, f + " Hz");
        }
    }

    @Test
    void atHighFrequencyTheRailsAreInParallel() {
        // the approach is slow, Z − R_par ∝ √Z_int (the penetration depth shrinks as ω^(−n/2))
        double parallel = 50.0 * 20 / 70;
        Complex z = T.impedance(1e18, new double[] {50, 20, 200, 1e-4, 0.9});
        assertEquals(parallel, z.getReal(), 1e-6 * parallel);
        assertEquals(0, z.getImaginary(), 1e-6 * parallel);
        Complex nearer = T.impedance(1e9, new double[] {50, 20, 200, 1e-4, 0.9});
        Complex further = T.impedance(1e11, new double[] {50, 20, 200, 1e-4, 0.9});
        assertTrue(further.subtract(parallel).norm() < nearer.subtract(parallel).norm());
    }

    @Test
    void atLowFrequencyABlockingLayerIsACapacitorInSeriesWithAThirdOfTheRails() {
        double q = 1e-4;
        double f = 1e-4;
        Complex z = T.impedance(f, new double[] {50, 20, 1e20, q, 1});
        assertEquals(70.0 / 3, z.getReal(), 1e-3 * 70 / 3);
        assertEquals(-1 / (2 * Math.PI * f * q), z.getImaginary(), 1e-6 / (2 * Math.PI * f * q));
        Complex lower = T.impedance(f / 100, new double[] {50, 20, 1e20, q, 1});
        assertEquals(-Math.PI / 2, lower.getArgument(), 1e-5, "phase tends to -90°");
    }

    @Test
    void theTwoRailsEnterSymmetrically() {
        // the spectrum alone cannot tell which rail is ionic: swapping R_ion and R_el changes nothing
        for (double f : FREQUENCIES) {
            assertComplex(T.impedance(f, new double[] {50, 20, 200, 1e-4, 0.9}),
                    T.impedance(f, new double[] {20, 50, 200, 1e-4, 0.9}), 1e-12, f + " Hz");
        }
    }

    @Test
    void diffusionElementsStayFiniteAtVeryHighFrequency() {
        for (String element : new String[] {"Wo1", "Ws1"}) {
            Complex z = Circuit.parse(element).impedance(1e9, new double[] {40, 100});
            Complex warburg = Complex.I.multiply(2 * Math.PI * 1e9 * 100).sqrt().reciprocal().multiply(40);
            assertComplex(warburg, z, 1e-12, element);
        }
        Complex t = T.impedance(1e9, new double[] {50, 20, 1e-3, 1, 1});
        assertTrue(Double.isFinite(t.getReal()) && Double.isFinite(t.getImaginary()), t.toString());
    }

    @Test
    void railsWithoutResistanceAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> T.impedance(1, new double[] {0, 0, 200, 1e-4, 0.9}));
        assertTrue(e.getMessage().contains("R_ion + R_el > 0"), e.getMessage());
    }

    /**
     * The layer as n segments: an electronic rail (R_el/n per segment) entered by the current at its
     * node 0, an ionic rail (R_ion/n) left by it at node n, and the interface admittance 1/Z_int
     * shared among the n + 1 rung nodes (half at each end, the trapezoid rule). Z = V(e_0) − V(i_n).
     */
    private static Complex ladder(int n, double rIon, double rEl, Complex zInt) {
        int nodes = 2 * (n + 1) - 1; // e_0..e_n, i_0..i_{n-1}; i_n is ground
        Complex[][] y = new Complex[nodes][nodes];
        for (Complex[] row : y) {
            java.util.Arrays.fill(row, Complex.ZERO);
        }
        Complex yRung = zInt.reciprocal().divide(n);
        for (int k = 0; k < n; k++) {
            stamp(y, k, k + 1, new Complex(n / rEl, 0));
            stamp(y, ion(k, n), ion(k + 1, n), new Complex(n / rIon, 0));
        }
        for (int k = 0; k <= n; k++) {
            stamp(y, k, ion(k, n), k == 0 || k == n ? yRung.divide(2) : yRung);
        }
        // the complex system Y v = e_0 as a real one of twice the size
        double[][] a = new double[2 * nodes][2 * nodes];
        for (int r = 0; r < nodes; r++) {
            for (int c = 0; c < nodes; c++) {
                a[r][c] = y[r][c].getReal();
                a[r][nodes + c] = -y[r][c].getImaginary();
                a[nodes + r][c] = y[r][c].getImaginary();
                a[nodes + r][nodes + c] = y[r][c].getReal();
            }
        }
        double[] b = new double[2 * nodes];
        b[0] = 1;
        RealVector v = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver().solve(new ArrayRealVector(b, false));
        return new Complex(v.getEntry(0), v.getEntry(nodes));
    }

    /** The index of ionic node k; -1 for the grounded i_n. */
    private static int ion(int k, int n) {
        return k == n ? -1 : n + 1 + k;
    }

    private static void stamp(Complex[][] y, int a, int b, Complex admittance) {
        if (a >= 0) {
            y[a][a] = y[a][a].add(admittance);
        }
        if (b >= 0) {
            y[b][b] = y[b][b].add(admittance);
        }
        if (a >= 0 && b >= 0) {
            y[a][b] = y[a][b].subtract(admittance);
            y[b][a] = y[b][a].subtract(admittance);
        }
    }
}
