package io.interphase.microstructure;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The effective conductivity of a {@link Microstructure} through its height: each voxel a node at its
 * centre, neighbours joined by the conductance of two half-voxels in series (the harmonic mean of their
 * conductivities times the voxel edge), the bottom and top faces held at potentials 0 and 1 through half
 * a voxel, x and y periodic. Kirchhoff's current law at every node is a symmetric positive-definite system,
 * solved matrix-free by conjugate gradients with a Jacobi (diagonal) preconditioner.
 *
 * <p>A phase that does not conduct at all would leave nodes with no conductance; every conductivity is
 * therefore raised to at least {@link #FLOOR} times the largest. A non-percolating conductor then reports
 * an effective conductivity of that order: read it together with {@link Connectivity}.
 */
public final class ResistorNetwork {

    /** The least conductivity relative to the largest: what "does not conduct" means here. */
    public static final double FLOOR = 1e-9;
    /** Converged when the residual is this small relative to the right-hand side. */
    static final double TOLERANCE = 1e-7;

    /**
     * @param conductivity effective conductivity through the height, S/m (of the units of the inputs)
     * @param iterations conjugate-gradient iterations taken
     */
    public record Result(double conductivity, int iterations) {
    }

    private final Microstructure m;
    private final int nx;
    private final int nz;
    private final int plane;
    /** Conductance to the +x, +y, +z neighbour of each node (z: 0 past the top). */
    private final double[] gx;
    private final double[] gy;
    private final double[] gz;
    /** Conductance from each node of the bottom and top plane to its face. */
    private final double[] gFace;
    private final double[] diagonal;

    private ResistorNetwork(Microstructure m, double[] phaseConductivity) {
        this.m = m;
        nx = m.nx();
        nz = m.nz();
        plane = nx * nx;
        int n = m.voxels();
        double max = Arrays.stream(phaseConductivity).max().orElse(0);
        if (!(max > 0) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("conductivities: at least one phase must conduct, finitely; got "
                    + Arrays.toString(phaseConductivity));
        }
        double[] sigma = new double[phaseConductivity.length];
        for (int k = 0; k < sigma.length; k++) {
            if (!(phaseConductivity[k] >= 0)) {
                throw new IllegalArgumentException("conductivities[" + k + "]: must be ≥ 0, got " + phaseConductivity[k]);
            }
            sigma[k] = Math.max(phaseConductivity[k], FLOOR * max);
        }
        double h = m.voxel();
        byte[] grid = m.grid();
        gx = new double[n];
        gy = new double[n];
        gz = new double[n];
        gFace = new double[n];
        diagonal = new double[n];
        for (int i = 0; i < n; i++) {
            int x = i % nx;
            int y = (i / nx) % nx;
            int z = i / plane;
            double s = sigma[grid[i]];
            gx[i] = series(s, sigma[grid[i - x + (x + 1) % nx]], h);
            gy[i] = series(s, sigma[grid[i - y * nx + ((y + 1) % nx) * nx]], h);
            gz[i] = z + 1 < nz ? series(s, sigma[grid[i + plane]], h) : 0;
            gFace[i] = z == 0 || z == nz - 1 ? 2 * s * h : 0;
        }
        for (int i = 0; i < n; i++) {
            diagonal[i] = gx[i] + gx[left(i)] + gy[i] + gy[back(i)] + gz[i] + (i >= plane ? gz[i - plane] : 0) + gFace[i];
        }
    }

    /** The effective conductivity through the height, with each phase's conductivity (index as in the microstructure). */
    public static Result conductivity(Microstructure m, double... phaseConductivity) {
        if (phaseConductivity.length != m.phases().size()) {
            throw new IllegalArgumentException("conductivities: one per phase " + m.phases() + ", got " + phaseConductivity.length);
        }
        return new ResistorNetwork(m, phaseConductivity).solve();
    }

    /**
     * The tortuosity factor of one phase, τ = φ σ / σ_eff with only that phase conducting: 1 for straight
     * channels, larger the more winding its paths; infinite when it does not percolate.
     */
    public static double tortuosity(Microstructure m, int phase) {
        double[] sigma = new double[m.phases().size()];
        sigma[phase] = 1;
        if (!Connectivity.of(m, phase).spans()) {
            return Double.POSITIVE_INFINITY;
        }
        return m.volumeFraction(phase) / conductivity(m, sigma).conductivity();
    }

    /** Two half-voxels in series: conductance h σ_a σ_b · 2 / (σ_a + σ_b) for a face of h² over a length h. */
    private static double series(double a, double b, double h) {
        return 2 * a * b / (a + b) * h;
    }

    private int left(int i) {
        int x = i % nx;
        return i - x + (x + nx - 1) % nx;
    }

    private int back(int i) {
        int y = (i / nx) % nx;
        return i - y * nx + ((y + nx - 1) % nx) * nx;
    }

    /** (A v)_i: the current out of node i for potentials v (the faces at 0); the planes in parallel. */
    private void apply(double[] v, double[] out) {
        IntStream.range(0, nz).parallel().forEach(z -> applyPlane(z, v, out));
    }

    private void applyPlane(int z, double[] v, double[] out) {
        for (int y = 0; y < nx; y++) {
            int row = (z * nx + y) * nx;
            int rowNext = (z * nx + (y + 1) % nx) * nx;
            int rowPrevious = (z * nx + (y + nx - 1) % nx) * nx;
            for (int x = 0; x < nx; x++) {
                int i = row + x;
                int xNext = row + (x + 1 == nx ? 0 : x + 1);
                int xPrevious = row + (x == 0 ? nx - 1 : x - 1);
                double r = diagonal[i] * v[i] - gx[i] * v[xNext] - gx[xPrevious] * v[xPrevious]
                        - gy[i] * v[rowNext + x] - gy[rowPrevious + x] * v[rowPrevious + x];
                if (z + 1 < nz) {
                    r -= gz[i] * v[i + plane];
                }
                if (z > 0) {
                    r -= gz[i - plane] * v[i - plane];
                }
                out[i] = r;
            }
        }
    }

    private Result solve() {
        int n = m.voxels();
        double[] b = new double[n];
        for (int i = n - plane; i < n; i++) {
            b[i] = gFace[i]; // the top face at potential 1
        }
        double[] v = new double[n];
        double[] r = b.clone();
        double[] zv = new double[n];
        double[] p = new double[n];
        double[] ap = new double[n];
        for (int i = 0; i < n; i++) {
            zv[i] = r[i] / diagonal[i];
        }
        System.arraycopy(zv, 0, p, 0, n);
        double rz = dot(r, zv);
        double bNorm = Math.sqrt(dot(b, b));
        int iterations = 0;
        int maxIterations = 20 * (nx + nz) + 10_000;
        while (Math.sqrt(dot(r, r)) > TOLERANCE * bNorm) {
            if (++iterations > maxIterations) {
                throw new IllegalStateException("the resistor network did not converge in " + maxIterations + " iterations");
            }
            apply(p, ap);
            double alpha = rz / dot(p, ap);
            for (int i = 0; i < n; i++) {
                v[i] += alpha * p[i];
                r[i] -= alpha * ap[i];
                zv[i] = r[i] / diagonal[i];
            }
            double rzNew = dot(r, zv);
            double beta = rzNew / rz;
            rz = rzNew;
            for (int i = 0; i < n; i++) {
                p[i] = zv[i] + beta * p[i];
            }
        }
        // the current that leaves through the bottom face, from potentials v to 0
        double current = 0;
        for (int i = 0; i < plane; i++) {
            current += gFace[i] * v[i];
        }
        double h = m.voxel();
        double area = nx * h * nx * h;
        return new Result(current * nz * h / area, iterations);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
