package io.interphase.solver.kinetics;

import org.hipparchus.complex.Complex;

/**
 * Finite volumes for a {@link MixedConductorLayer}: nodes at both faces and between, cells growing
 * geometrically from each face (reaction fronts are thinnest there), Newton's method on the two rail
 * potentials with a 2×2 block-tridiagonal solve. One instance per call; not shared between threads.
 *
 * <p>At node n with control length V_n and reaction area s_n = a V_n (+ the face fraction at a face):
 * ionic balance I_i(n→n+1) − I_i(n−1→n) − s_n j(η_n) = 0, electronic balance
 * I_e(n→n+1) − I_e(n−1→n) + s_n j(η_n) = 0, η_n = φ_e − φ_i. At x = L the ionic current J leaves into
 * the electrolyte and no electronic current does; at x = 0 the metal holds φ_e = 0.
 */
final class TwoRailSolver {

    /** First cell at each face as a share of the thickness. */
    private static final double FIRST_CELL = 1e-5;
    /** Largest change of a potential in one Newton step, V: keeps the exponentials from overshooting. */
    private static final double MAX_STEP = 0.05;
    private static final double TOLERANCE = 1e-11;
    private static final int MAX_ITERATIONS = 300;
    /** A rail's conductivity is floored at this share of the other's so the system stays regular. */
    private static final double CONDUCTIVITY_FLOOR = 1e-12;

    private final MixedConductorLayer layer;
    private final ContactKinetics kinetics;
    private final int last;
    private final double[] x;
    private final double[] gIon;
    private final double[] gEl;
    private final double[] area;

    TwoRailSolver(MixedConductorLayer layer) {
        this.layer = layer;
        this.kinetics = layer.kinetics();
        this.last = layer.cells();
        this.x = nodes(layer.thickness(), layer.cells());
        double top = Math.max(layer.ionicConductivity(), layer.electronicConductivity());
        double sigmaIon = Math.max(layer.ionicConductivity(), CONDUCTIVITY_FLOOR * top);
        double sigmaEl = Math.max(layer.electronicConductivity(), CONDUCTIVITY_FLOOR * top);
        gIon = new double[last];
        gEl = new double[last];
        for (int k = 0; k < last; k++) {
            double h = x[k + 1] - x[k];
            gIon[k] = sigmaIon / h;
            gEl[k] = sigmaEl / h;
        }
        area = new double[last + 1];
        for (int n = 0; n <= last; n++) {
            double left = n > 0 ? x[n] - x[n - 1] : 0;
            double right = n < last ? x[n + 1] - x[n] : 0;
            area[n] = layer.interfaceAreaDensity() * 0.5 * (left + right);
        }
    }

    /** Nodes from 0 to L, cells growing by a constant ratio from each face towards the middle. */
    static double[] nodes(double thickness, int cells) {
        int half = cells / 2;
        double first = FIRST_CELL * thickness;
        double lo = 1;
        double hi = 2;
        for (int k = 0; k < 200; k++) {
            double r = 0.5 * (lo + hi);
            double length = first * (Math.pow(r, half) - 1) / (r - 1);
            if (length > thickness / 2) {
                hi = r;
            } else {
                lo = r;
            }
        }
        double ratio = 0.5 * (lo + hi);
        double[] x = new double[cells + 1];
        double h = first;
        for (int k = 1; k <= half; k++) {
            x[k] = x[k - 1] + h;
            x[cells - k] = thickness - x[k];
            h *= ratio;
        }
        x[half] = thickness / 2;
        x[cells] = thickness;
        return x;
    }

    /** The metal-minus-electrolyte voltage of the linearised layer at current density J. */
    double linearVoltage(double current) {
        double[] phiIon = new double[last + 1];
        double[] phiEl = new double[last + 1];
        newtonStep(phiIon, phiEl, current, Double.POSITIVE_INFINITY);
        return phiEl[0] - phiIon[last];
    }

    /** The steady state at current density J, by Newton from rest; halves the way on failure. */
    TwoRailProfile solve(double current) {
        double[] phiIon = new double[last + 1];
        double[] phiEl = new double[last + 1];
        if (!converge(phiIon, phiEl, current)) {
            continuation(phiIon, phiEl, current);
        }
        return profile(phiIon, phiEl, current);
    }

    private void continuation(double[] phiIon, double[] phiEl, double current) {
        java.util.Arrays.fill(phiIon, 0);
        java.util.Arrays.fill(phiEl, 0);
        int steps = 8;
        for (int attempt = 0; attempt < 6; attempt++, steps *= 4) {
            boolean ok = true;
            for (int s = 1; s <= steps && ok; s++) {
                ok = converge(phiIon, phiEl, current * s / steps);
            }
            if (ok) {
                return;
            }
            java.util.Arrays.fill(phiIon, 0);
            java.util.Arrays.fill(phiEl, 0);
        }
        throw new ArithmeticException("the two-rail layer did not converge at " + current + " A/m2");
    }

    private boolean converge(double[] phiIon, double[] phiEl, double current) {
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            double step = newtonStep(phiIon, phiEl, current, MAX_STEP);
            if (!Double.isFinite(step)) {
                return false;
            }
            if (step < TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /**
     * One damped Newton step in place; returns the largest potential change. The block system is
     * B_n δ_n + A_n δ_(n−1) + C_n δ_(n+1) = −R_n with A and C diagonal (neighbours couple within a rail).
     */
    private double newtonStep(double[] phiIon, double[] phiEl, double current, double maxStep) {
        int size = last + 1;
        double[][] b = new double[size][4];
        double[] rIon = new double[size];
        double[] rEl = new double[size];
        for (int n = 0; n <= last; n++) {
            double eta = phiEl[n] - phiIon[n];
            double j = reaction(n, eta);
            double dj = reactionSlope(n, eta);
            double out = n < last ? gIon[n] * (phiIon[n] - phiIon[n + 1]) : 0;
            double in = n > 0 ? gIon[n - 1] * (phiIon[n - 1] - phiIon[n]) : 0;
            rIon[n] = out - in - j + (n == last ? current : 0);
            double gSum = (n < last ? gIon[n] : 0) + (n > 0 ? gIon[n - 1] : 0);
            b[n][0] = gSum + dj;
            b[n][1] = -dj;
            if (n == 0) {
                rEl[n] = phiEl[0];
                b[n][2] = 0;
                b[n][3] = 1;
                continue;
            }
            double outE = n < last ? gEl[n] * (phiEl[n] - phiEl[n + 1]) : 0;
            double inE = gEl[n - 1] * (phiEl[n - 1] - phiEl[n]);
            rEl[n] = outE - inE + j;
            double gSumE = (n < last ? gEl[n] : 0) + gEl[n - 1];
            b[n][2] = -dj;
            b[n][3] = gSumE + dj;
        }
        double[][] delta = solveBlocks(b, rIon, rEl);
        double largest = 0;
        for (int n = 0; n <= last; n++) {
            largest = Math.max(largest, Math.max(Math.abs(delta[0][n]), Math.abs(delta[1][n])));
        }
        double scale = largest > maxStep ? maxStep / largest : 1;
        for (int n = 0; n <= last; n++) {
            phiIon[n] += scale * delta[0][n];
            phiEl[n] += scale * delta[1][n];
        }
        return largest;
    }

    /** Block Thomas algorithm for the Newton system; returns δ (ionic, electronic) = −J⁻¹ R. */
    private double[][] solveBlocks(double[][] b, double[] rIon, double[] rEl) {
        int size = last + 1;
        double[][] cp = new double[size][4];
        double[][] dp = new double[size][2];
        for (int n = 0; n < size; n++) {
            double ai = n > 0 ? -gIon[n - 1] : 0;
            double ae = n > 0 ? -gEl[n - 1] : 0;
            double ci = n < last ? -gIon[n] : 0;
            double ce = n < last && n > 0 ? -gEl[n] : 0;
            // M = B − diag(a) C'_(n−1); rhs = −R − diag(a) d'_(n−1)
            double m00 = b[n][0];
            double m01 = b[n][1];
            double m10 = b[n][2];
            double m11 = b[n][3];
            double r0 = -rIon[n];
            double r1 = -rEl[n];
            if (n > 0) {
                m00 -= ai * cp[n - 1][0];
                m01 -= ai * cp[n - 1][1];
                m10 -= ae * cp[n - 1][2];
                m11 -= ae * cp[n - 1][3];
                r0 -= ai * dp[n - 1][0];
                r1 -= ae * dp[n - 1][1];
            }
            double det = m00 * m11 - m01 * m10;
            double i00 = m11 / det;
            double i01 = -m01 / det;
            double i10 = -m10 / det;
            double i11 = m00 / det;
            cp[n][0] = i00 * ci;
            cp[n][1] = i01 * ce;
            cp[n][2] = i10 * ci;
            cp[n][3] = i11 * ce;
            dp[n][0] = i00 * r0 + i01 * r1;
            dp[n][1] = i10 * r0 + i11 * r1;
        }
        double[][] delta = new double[2][size];
        delta[0][last] = dp[last][0];
        delta[1][last] = dp[last][1];
        for (int n = last - 1; n >= 0; n--) {
            delta[0][n] = dp[n][0] - cp[n][0] * delta[0][n + 1] - cp[n][1] * delta[1][n + 1];
            delta[1][n] = dp[n][1] - cp[n][2] * delta[0][n + 1] - cp[n][3] * delta[1][n + 1];
        }
        return delta;
    }

    /**
     * The small-signal impedance about rest at angular frequency ω, Ω·m²: the Newton system at η = 0
     * with each contact's admittance 1/R_ct + jωC_dl (per true area) in place of dj/dη.
     */
    Complex impedance(double omega, double doubleLayerCapacitance) {
        int size = last + 1;
        Complex[][] cp = new Complex[size][4];
        Complex[][] dp = new Complex[size][2];
        for (int n = 0; n < size; n++) {
            Complex reaction = new Complex(reactionSlope(n, 0), omega * doubleLayerCapacitance * contactArea(n));
            double ai = n > 0 ? -gIon[n - 1] : 0;
            double ae = n > 0 ? -gEl[n - 1] : 0;
            double ci = n < last ? -gIon[n] : 0;
            double ce = n < last && n > 0 ? -gEl[n] : 0;
            double gSum = (n < last ? gIon[n] : 0) + (n > 0 ? gIon[n - 1] : 0);
            double gSumE = (n < last ? gEl[n] : 0) + (n > 0 ? gEl[n - 1] : 0);
            Complex m00 = reaction.add(gSum);
            Complex m01 = reaction.negate();
            Complex m10 = n == 0 ? Complex.ZERO : reaction.negate();
            Complex m11 = n == 0 ? Complex.ONE : reaction.add(gSumE);
            // a unit current leaves into the electrolyte at x = L: the right-hand side of the ionic balance there
            Complex r0 = n == last ? Complex.ONE.negate() : Complex.ZERO;
            Complex r1 = Complex.ZERO;
            if (n > 0) {
                m00 = m00.subtract(cp[n - 1][0].multiply(ai));
                m01 = m01.subtract(cp[n - 1][1].multiply(ai));
                m10 = m10.subtract(cp[n - 1][2].multiply(ae));
                m11 = m11.subtract(cp[n - 1][3].multiply(ae));
                r0 = r0.subtract(dp[n - 1][0].multiply(ai));
                r1 = r1.subtract(dp[n - 1][1].multiply(ae));
            }
            Complex det = m00.multiply(m11).subtract(m01.multiply(m10));
            Complex i00 = m11.divide(det);
            Complex i01 = m01.negate().divide(det);
            Complex i10 = m10.negate().divide(det);
            Complex i11 = m00.divide(det);
            cp[n] = new Complex[] {i00.multiply(ci), i01.multiply(ce), i10.multiply(ci), i11.multiply(ce)};
            dp[n] = new Complex[] {i00.multiply(r0).add(i01.multiply(r1)), i10.multiply(r0).add(i11.multiply(r1))};
        }
        Complex[] ionic = new Complex[size];
        Complex[] electronic = new Complex[size];
        ionic[last] = dp[last][0];
        electronic[last] = dp[last][1];
        for (int n = last - 1; n >= 0; n--) {
            ionic[n] = dp[n][0].subtract(cp[n][0].multiply(ionic[n + 1])).subtract(cp[n][1].multiply(electronic[n + 1]));
            electronic[n] = dp[n][1].subtract(cp[n][2].multiply(ionic[n + 1])).subtract(cp[n][3].multiply(electronic[n + 1]));
        }
        return electronic[0].subtract(ionic[last]);
    }

    private TwoRailProfile profile(double[] phiIon, double[] phiEl, double current) {
        double metalFace = layer.metalFaceFraction() * kinetics.metalFace().current(phiEl[0] - phiIon[0]);
        double electrolyteFace = layer.electrolyteFaceFraction() * kinetics.electrolyteFace().current(phiEl[last] - phiIon[last]);
        double interior = 0;
        for (int n = 0; n <= last; n++) {
            interior += area[n] * kinetics.interior().current(phiEl[n] - phiIon[n]);
        }
        double total = metalFace + electrolyteFace + interior;
        double norm = total == 0 ? 1 : total;
        return new TwoRailProfile(x, phiIon, phiEl, phiEl[0] - phiIon[last], total, electrolyteFace / norm, interior / norm,
                metalFace / norm);
    }

    /** The current turned at node n at overpotential η, A/m² of cell area: its interior contacts and, at an end, its face's. */
    private double reaction(int n, double eta) {
        double j = area[n] * kinetics.interior().current(eta);
        if (n == 0) {
            j += layer.metalFaceFraction() * kinetics.metalFace().current(eta);
        }
        if (n == last) {
            j += layer.electrolyteFaceFraction() * kinetics.electrolyteFace().current(eta);
        }
        return j;
    }

    private double reactionSlope(int n, double eta) {
        double s = area[n] * kinetics.interior().slope(eta);
        if (n == 0) {
            s += layer.metalFaceFraction() * kinetics.metalFace().slope(eta);
        }
        if (n == last) {
            s += layer.electrolyteFaceFraction() * kinetics.electrolyteFace().slope(eta);
        }
        return s;
    }

    /** The true contact area at node n per cell area, for its double layer. */
    private double contactArea(int n) {
        return area[n] + (n == 0 ? layer.metalFaceFraction() : 0) + (n == last ? layer.electrolyteFaceFraction() : 0);
    }
}
