package io.interphase.solver.phasefield;

import io.interphase.api.units.Units;

/**
 * The electronic and ionic potentials φe, φi of the domain at a given Li distribution and current: charge
 * conservation in each conductor, coupled where they meet by the Butler–Volmer reaction q(η), η = φe − φi (anodic
 * positive, A/m³):
 * <pre>
 *   ∇·(σe ∇φe) = q(η)      ∇·(σi ∇φi) = −q(η)
 * </pre>
 * with φe = 0 at the Li current collector (y = 0), the current density J entering the electrolyte's top face as
 * ionic current, and no other flux. Finite volumes on the grid (harmonic-mean face conductances); the reaction is
 * linearised about the last iterate and the block system — an M-matrix: a two-layer conductance network whose
 * layers are joined by the reaction's conductance ∂q/∂η — is solved by conjugate gradients preconditioned with its
 * incomplete Cholesky factor; Newton steps repeat until η moves by less than {@link #TOLERANCE}. The linearised
 * reaction of the last step integrates to J exactly (the ionic rows sum to it), so the charge plated equals the
 * charge passed whatever the Newton residual.
 */
final class Potentials {

    /** Newton's stopping test on the overpotential, V. */
    static final double TOLERANCE = 1e-5;
    static final int MAX_NEWTON = 12;
    static final double CG_TOLERANCE = 1e-9;
    static final int CG_MAX = 5000;
    /** Transfer coefficient of the Li⁺/Li reaction (Chen et al. 2015). */
    static final double ALPHA = 0.5;
    /** |α f η| above which the exponentials are capped (e^40): an overpotential of a few volts, far past any run. */
    static final double EXPONENT_CAP = 40;

    private final Domain d;
    private final SparseSpd a;
    private final IncompleteCholesky factor;
    private final ConjugateGradient cg;
    private final double f;
    /** [2k] = φe, [2k+1] = φi of cell k, V. */
    final double[] u;
    private final double[] rhs;
    private final double[] sigmaE;
    private final double[] sigmaI;
    /** Volumetric exchange current density of each cell's reaction sites, A/m³. */
    final double[] exchange;
    /** The linearised reaction of the last solve, A/m³ (anodic positive). */
    final double[] reaction;
    private final double[] qStar;
    private final double[] gStar;
    /** The overpotential the reaction was linearised about, V. */
    private final double[] eta0;
    /** Each cell's neighbours, and where their faces' conductances and the reaction's coupling sit in the matrix. */
    private final int[][] around;
    private final int[][] electronicFaces;
    private final int[][] ionicFaces;
    private final int[] coupling;
    /** Each row's conduction part of the diagonal: the same for every Newton step of a solve. */
    private final double[] conduction;
    private int lastIterations;

    Potentials(Domain d) {
        this.d = d;
        int n = d.cells();
        this.f = Units.FARADAY / (Units.GAS_CONSTANT * d.temperature);
        int[][] pattern = new int[2 * n][];
        around = new int[n][];
        for (int j = 0; j < d.ny; j++) {
            for (int i = 0; i < d.nx; i++) {
                int k = j * d.nx + i;
                int[] nb = neighbours(i, j);
                around[k] = nb;
                for (int field = 0; field < 2; field++) {
                    int[] row = new int[nb.length + 2];
                    row[0] = 2 * k;
                    row[1] = 2 * k + 1;
                    for (int m = 0; m < nb.length; m++) {
                        row[m + 2] = 2 * nb[m] + field;
                    }
                    pattern[2 * k + field] = row;
                }
            }
        }
        a = new SparseSpd(pattern);
        electronicFaces = new int[n][];
        ionicFaces = new int[n][];
        coupling = new int[2 * n];
        for (int k = 0; k < n; k++) {
            int[] nb = around[k];
            electronicFaces[k] = new int[nb.length];
            ionicFaces[k] = new int[nb.length];
            for (int m = 0; m < nb.length; m++) {
                electronicFaces[k][m] = a.position(2 * k, 2 * nb[m]);
                ionicFaces[k][m] = a.position(2 * k + 1, 2 * nb[m] + 1);
            }
            coupling[2 * k] = a.position(2 * k, 2 * k + 1);
            coupling[2 * k + 1] = a.position(2 * k + 1, 2 * k);
        }
        factor = new IncompleteCholesky(a);
        cg = new ConjugateGradient(2 * n);
        u = new double[2 * n];
        rhs = new double[2 * n];
        sigmaE = new double[n];
        sigmaI = new double[n];
        exchange = new double[n];
        reaction = new double[n];
        qStar = new double[n];
        gStar = new double[n];
        eta0 = new double[n];
        conduction = new double[2 * n];
    }

    /** Left, right, then below and above where they exist. */
    private int[] neighbours(int i, int j) {
        int nx = d.nx;
        int left = j * nx + Math.floorMod(i - 1, nx);
        int right = j * nx + Math.floorMod(i + 1, nx);
        if (j == 0) {
            return new int[] {left, right, (j + 1) * nx + i};
        }
        if (j == d.ny - 1) {
            return new int[] {left, right, (j - 1) * nx + i};
        }
        return new int[] {left, right, (j - 1) * nx + i, (j + 1) * nx + i};
    }

    /**
     * The potentials for Li fractions {@code s} and current density {@code current} (A/m², positive strips the Li
     * at y = 0), from the last solution as the first guess.
     *
     * @throws IllegalStateException naming the figures if the iteration does not converge
     */
    void solve(double[] s, double current, PhaseFieldModel.Parameters p) {
        int n = d.cells();
        for (int k = 0; k < n; k++) {
            double sk = Math.min(1, Math.max(0, s[k]));
            double hk = PhaseFieldModel.interpolation(sk);
            sigmaE[k] = Math.max(Domain.FLOOR, hk * d.liConductivity + (1 - hk) * d.hostElectronic[k]);
            sigmaI[k] = Math.max(Domain.FLOOR, (1 - hk) * d.hostIonic[k]);
            exchange[k] = d.liExchangeCurrent * PhaseFieldModel.interpolationSlope(sk) / p.siteWidth()
                    + d.contactExchangeCurrent * d.contacts[k] * (1 - sk);
        }
        double h2 = d.h * d.h;
        conductances();
        double change = Double.POSITIVE_INFINITY;
        int iterations = 0;
        for (int newton = 0; newton < MAX_NEWTON && change > TOLERANCE; newton++) {
            linearise();
            assemble(h2, current);
            factor.factor();
            double[] before = u.clone();
            ConjugateGradient.Outcome o = cg.solve(a::multiply, factor::solve, rhs, u, CG_TOLERANCE, CG_MAX);
            iterations += o.iterations();
            if (!o.converged()) {
                throw new IllegalStateException("the potentials did not converge: CG residual " + o.residual() + " after "
                        + o.iterations() + " iterations (Newton step " + (newton + 1) + ")");
            }
            change = 0;
            for (int k = 0; k < n; k++) {
                double eta = u[2 * k] - u[2 * k + 1];
                change = Math.max(change, Math.abs(eta - (before[2 * k] - before[2 * k + 1])));
            }
            if (!Double.isFinite(change)) {
                throw new IllegalStateException("the potentials diverged (overpotential " + change + " V)");
            }
        }
        lastIterations = iterations;
        for (int k = 0; k < n; k++) {
            reaction[k] = qStar[k] + gStar[k] * (u[2 * k] - u[2 * k + 1] - eta0[k]);
        }
    }

    /** q and ∂q/∂η at the present iterate. */
    private void linearise() {
        for (int k = 0; k < d.cells(); k++) {
            double eta = u[2 * k] - u[2 * k + 1];
            eta0[k] = eta;
            double anodic = Math.exp(Math.min(EXPONENT_CAP, (1 - ALPHA) * f * eta));
            double cathodic = Math.exp(Math.min(EXPONENT_CAP, -ALPHA * f * eta));
            qStar[k] = exchange[k] * (anodic - cathodic);
            gStar[k] = exchange[k] * f * ((1 - ALPHA) * anodic + ALPHA * cathodic);
        }
    }

    /** The face conductances of this solve's Li distribution: off the diagonal, and their share of it. */
    private void conductances() {
        java.util.Arrays.fill(a.value, 0);
        for (int k = 0; k < d.cells(); k++) {
            int[] nb = around[k];
            double diagE = k < d.nx ? 2 * sigmaE[k] : 0; // to the current collector, half a cell below, at φe = 0
            double diagI = 0;
            for (int m = 0; m < nb.length; m++) {
                double ge = harmonic(sigmaE[k], sigmaE[nb[m]]);
                double gi = harmonic(sigmaI[k], sigmaI[nb[m]]);
                a.value[electronicFaces[k][m]] = -ge;
                a.value[ionicFaces[k][m]] = -gi;
                diagE += ge;
                diagI += gi;
            }
            conduction[2 * k] = diagE;
            conduction[2 * k + 1] = diagI;
        }
    }

    /** The reaction's part at the present linearisation: the diagonal, the coupling of the two rails, the sources. */
    private void assemble(double h2, double current) {
        int top = (d.ny - 1) * d.nx;
        for (int k = 0; k < d.cells(); k++) {
            double g = gStar[k] * h2;
            int e = 2 * k;
            int ion = e + 1;
            a.value[a.diagonal[e]] = conduction[e] + g;
            a.value[a.diagonal[ion]] = conduction[ion] + g;
            a.value[coupling[e]] = -g;
            a.value[coupling[ion]] = -g;
            double source = (qStar[k] - gStar[k] * eta0[k]) * h2;
            rhs[e] = -source;
            rhs[ion] = source - (k >= top ? current * d.h : 0);
        }
    }

    private static double harmonic(double x, double y) {
        return 2 * x * y / (x + y);
    }

    /** CG iterations of the last solve, all Newton steps together. */
    int lastIterations() {
        return lastIterations;
    }

    /** The electrode's potential against the electrolyte at the domain's top face, V: −φi there (φe = 0 at y = 0). */
    double voltage(double current) {
        double sum = 0;
        int top = (d.ny - 1) * d.nx;
        for (int i = 0; i < d.nx; i++) {
            // from the top row's centres to the face, half a cell further, carrying the current J
            int k = top + i;
            sum += u[2 * k + 1] - current * 0.5 * d.h / sigmaI[k];
        }
        return -sum / d.nx;
    }
}
