package io.interphase.solver.phasefield;

import io.interphase.api.run.FieldFrame;
import io.interphase.api.units.Units;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Li volume fraction s of every cell and its evolution: Butler–Volmer deposition where electrons and Li⁺ meet,
 * and conserved (Cahn–Hilliard) relaxation under the Li | host interface energy,
 * <pre>
 *   ∂s/∂t = ∇·(M ∇μ) − q / (F c_s),   μ = W g'(s) − κ ∇²s,   g = s²(1 − s)²
 * </pre>
 * with q the reaction of {@link Potentials} (anodic positive, A/m³), c_s the molar density of Li metal and
 * M = D_Li / W (Li self-diffusion sets how fast the interface relaxes). Why conserved and not Allen–Cahn as in Chen
 * et al. (2015): Li plated into the interlayer starts as deposits thinner than the interface (1.5 µm), which
 * Allen–Cahn relaxation would erase — Li would vanish; here every coulomb plated stays as Li.
 *
 * The mobility is degenerate, M = M₀ s with M₀ = D_Li / W: Li moves through Li (its self-diffusion sets how fast the
 * interface relaxes), not through the host, so a deposit stays where it was plated.
 *
 * <p>Time stepping: the potentials (the stiff, global part) are solved once a step and the reaction held over it;
 * the step is limited so that no cell's s moves by more than {@link #MAX_CHANGE} through the reaction. The
 * Cahn–Hilliard relaxation, local and cheap, is sub-stepped explicitly within the step.
 */
final class PhaseFieldModel {

    /** The largest change of s a step's reaction may make in one cell. */
    static final double MAX_CHANGE = 0.05;
    static final int MAX_RETRIES = 4;

    /**
     * @param barrier W, J/m³
     * @param gradient κ, J/m
     * @param mobility M, m⁵/(J s)
     * @param molarDensity c_s of Li metal, mol/m³
     * @param siteWidth the interface's ∫h'(s) dy = 5ℓ, ℓ = √(κ / 2W), m: turns h'(s) into sites per volume
     * @param maxStep the largest time step, s
     */
    record Parameters(double barrier, double gradient, double mobility, double molarDensity, double siteWidth,
            double maxStep) {

        static Parameters of(PhaseFieldOptions o, double liDiffusivity, double molarDensity) {
            double w = o.barrier();
            double kappa = o.gradientCoefficient();
            return new Parameters(w, kappa, liDiffusivity / w, molarDensity, 5 * Math.sqrt(kappa / (2 * w)), o.maxStep());
        }

        /** ℓ, the interface's length scale, m. */
        double length() {
            return Math.sqrt(gradient / (2 * barrier));
        }
    }

    final Domain d;
    final Parameters p;
    final Potentials potentials;
    /** Li volume fraction per cell. */
    final double[] s;
    private final double[] rate;
    private final CahnHilliard relaxation;
    private double dt;

    PhaseFieldModel(Domain d, Parameters p) {
        this.d = d;
        this.p = p;
        int n = d.cells();
        potentials = new Potentials(d);
        s = new double[n];
        rate = new double[n];
        relaxation = new CahnHilliard(d.nx, d.ny, d.h, p.barrier(), p.gradient(), p.mobility());
        double y0 = d.liRows * d.h;
        for (int j = 0; j < d.ny; j++) {
            // the equilibrium profile 1 / (1 + e^{(y − y0)/ℓ}) about the Li's top face
            double v = 1 / (1 + Math.exp(((j + 0.5) * d.h - y0) / p.length()));
            for (int i = 0; i < d.nx; i++) {
                s[j * d.nx + i] = v;
            }
        }
        dt = Math.min(p.maxStep, 1e-2);
    }

    /** h(s) = s³(6s² − 15s + 10): how much of a cell's conduction is the Li's. */
    static double interpolation(double s) {
        return s * s * s * (6 * s * s - 15 * s + 10);
    }

    /** h'(s) = 30 s²(1 − s)², which integrates to 1 across an interface in s. */
    static double interpolationSlope(double s) {
        double t = s * (1 - s);
        return 30 * t * t;
    }

    /** Whether Li (s ≥ ½) has reached the domain's top row anywhere. */
    boolean topReached() {
        int top = (d.ny - 1) * d.nx;
        for (int i = 0; i < d.nx; i++) {
            if (s[top + i] >= 0.5) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fields now: xi (the Li fraction s), c (the Li⁺ concentration relative to the ion conductors', which
     * electroneutrality holds at theirs: the ion-conducting share of the host not taken by Li), phi_e_V and phi_i_V.
     */
    FieldFrame frame(double t) {
        int n = s.length;
        float[] xi = new float[n];
        float[] c = new float[n];
        float[] pe = new float[n];
        float[] pi = new float[n];
        for (int k = 0; k < n; k++) {
            double sk = Math.min(1, Math.max(0, s[k]));
            xi[k] = (float) s[k];
            c[k] = (float) ((1 - interpolation(sk)) * d.ionHost[k]);
            pe[k] = (float) potentials.u[2 * k];
            pi[k] = (float) potentials.u[2 * k + 1];
        }
        Map<String, float[]> fields = new LinkedHashMap<>();
        fields.put("xi", xi);
        fields.put("c", c);
        fields.put("phi_e_V", pe);
        fields.put("phi_i_V", pi);
        return new FieldFrame(t, d.nx, d.ny, d.h, fields);
    }

    /** Total Li per width, as m of Li metal: Σ s h² / width. */
    double lithium() {
        return lithium(s);
    }

    /** The same for another distribution of the Li fraction on this grid. */
    double lithium(double[] fractions) {
        double sum = 0;
        for (double v : fractions) {
            sum += v;
        }
        return sum * d.h / d.nx;
    }

    /**
     * One step of at most {@code limit} seconds at current density {@code current} (A/m²): the potentials, then s.
     *
     * @return the step taken, s
     */
    double step(double current, double limit) {
        double[] before = s.clone();
        double[] potentialsBefore = potentials.u.clone();
        for (int attempt = 0;; attempt++) {
            try {
                return tryStep(current, limit);
            } catch (IllegalStateException e) {
                // a diverging step is retried smaller, from the state before it
                System.arraycopy(before, 0, s, 0, s.length);
                System.arraycopy(potentialsBefore, 0, potentials.u, 0, potentials.u.length);
                dt /= 4;
                if (attempt == MAX_RETRIES) {
                    throw new IllegalStateException(e.getMessage() + "; " + (MAX_RETRIES + 1) + " tries down to a step of "
                            + dt * 4 + " s at " + Units.format(current / 10) + " mA/cm2", e);
                }
            }
        }
    }

    private double tryStep(double current, double limit) {
        potentials.solve(s, current, p);
        double fcs = Units.FARADAY * p.molarDensity();
        double fastest = 0;
        for (int k = 0; k < s.length; k++) {
            fastest = Math.max(fastest, Math.abs(potentials.reaction[k]) / fcs);
        }
        double step = Math.min(Math.min(limit, p.maxStep), Math.min(dt * 1.5, fastest > 0 ? MAX_CHANGE / fastest
                : Double.POSITIVE_INFINITY));
        relax(step, fcs);
        dt = step;
        return step;
    }

    /** The Cahn–Hilliard relaxation over {@code step}, the reaction (as Li per second) its source. */
    private void relax(double step, double fcs) {
        for (int k = 0; k < s.length; k++) {
            rate[k] = -potentials.reaction[k] / fcs;
        }
        relaxation.advance(s, rate, step);
    }
}
