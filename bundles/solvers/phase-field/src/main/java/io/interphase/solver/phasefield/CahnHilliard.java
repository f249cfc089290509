package io.interphase.solver.phasefield;

/**
 * The conserved relaxation of the Li fraction s under the interface energy, with a source,
 * <pre>
 *   ∂s/∂t = ∇·(M(s) ∇μ) + r,   μ = W g'(s) − κ ∇²s,   g = s²(1 − s)²,   M(s) = M₀ min(1, max(0, s))
 * </pre>
 * on a grid of {@code nx × ny} square cells, periodic across (x), no flux at the bottom and top (y). Explicit
 * sub-steps short enough to be stable — Δt ≤ h⁴ / (32 M₀ κ) for the fourth-order term, h² / (16 M₀ W) for the
 * double well — in flux form (face mobility the mean of the two cells'), so Σ s changes by Σ r Δt alone. Two
 * passes over the grid a sub-step, each split across the cores by rows: μ and M from s, then s from μ and M.
 * Public for the benchmark in {@code bench/}; the bundle does not export it.
 */
public final class CahnHilliard {

    private final int nx;
    private final int ny;
    private final double h;
    private final double barrier;
    private final double gradient;
    private final double mobility;
    private final double[] mu;
    private final double[] m;

    /**
     * @param h cell edge, m
     * @param barrier W, J/m³
     * @param gradient κ, J/m
     * @param mobility M₀, m⁵/(J s)
     */
    public CahnHilliard(int nx, int ny, double h, double barrier, double gradient, double mobility) {
        this.nx = nx;
        this.ny = ny;
        this.h = h;
        this.barrier = barrier;
        this.gradient = gradient;
        this.mobility = mobility;
        this.mu = new double[nx * ny];
        this.m = new double[nx * ny];
    }

    /** The longest stable sub-step, s (with a 10 % margin). */
    public double stableStep() {
        return 0.9 * Math.min(Math.pow(h, 4) / (32 * mobility * gradient), h * h / (16 * mobility * barrier));
    }

    /** Advances s by {@code step} seconds with the source {@code rate} (1/s per cell) held over it. */
    public void advance(double[] s, double[] rate, double step) {
        int substeps = (int) Math.ceil(step / stableStep());
        double dt = step / substeps;
        for (int i = 0; i < substeps; i++) {
            substep(s, rate, dt);
        }
    }

    /** One explicit sub-step of dt seconds, which must not exceed {@link #stableStep()}. */
    public void substep(double[] s, double[] rate, double dt) {
        double inv = 1 / (h * h);
        Parallel.forRange(ny, nx, (from, to) -> potential(s, from, to, inv));
        Parallel.forRange(ny, nx, (from, to) -> update(s, rate, dt, from, to, inv));
    }

    /** μ and M of rows [from, to) from s. */
    private void potential(double[] s, int from, int to, double inv) {
        for (int j = from; j < to; j++) {
            int row = j * nx;
            for (int i = 0; i < nx; i++) {
                int k = row + i;
                double c = s[k];
                double lap = 2 * c - s[row + (i == 0 ? nx - 1 : i - 1)] - s[row + (i == nx - 1 ? 0 : i + 1)];
                if (j > 0) {
                    lap += c - s[k - nx];
                }
                if (j < ny - 1) {
                    lap += c - s[k + nx];
                }
                mu[k] = barrier * 2 * c * (1 - c) * (1 - 2 * c) + gradient * lap * inv;
                m[k] = mobility * Math.min(1, Math.max(0, c));
            }
        }
    }

    /** s of rows [from, to) from μ and M: the divergence of the Li flux, plus the source. */
    private void update(double[] s, double[] rate, double dt, int from, int to, double inv) {
        double half = 0.5 * inv;
        for (int j = from; j < to; j++) {
            int row = j * nx;
            for (int i = 0; i < nx; i++) {
                int k = row + i;
                double mk = m[k];
                double c = mu[k];
                int left = row + (i == 0 ? nx - 1 : i - 1);
                int right = row + (i == nx - 1 ? 0 : i + 1);
                double sum = (mk + m[left]) * (mu[left] - c) + (mk + m[right]) * (mu[right] - c);
                if (j > 0) {
                    sum += (mk + m[k - nx]) * (mu[k - nx] - c);
                }
                if (j < ny - 1) {
                    sum += (mk + m[k + nx]) * (mu[k + nx] - c);
                }
                s[k] += dt * (sum * half + rate[k]);
            }
        }
    }
}
