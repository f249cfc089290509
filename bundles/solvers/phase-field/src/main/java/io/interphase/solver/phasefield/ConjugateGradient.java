package io.interphase.solver.phasefield;

/**
 * Preconditioned conjugate gradients for a symmetric positive definite system, from a starting guess (the last
 * step's solution: the fields change little from step to step, so few iterations are needed).
 */
final class ConjugateGradient {

    /** y = A x. */
    interface Operator {
        void apply(double[] x, double[] y);
    }

    /** z = M⁻¹ r. */
    interface Preconditioner {
        void apply(double[] r, double[] z);
    }

    /** How a solve ended: iterations taken and the final residual relative to the right-hand side. */
    record Outcome(int iterations, double residual, boolean converged) {
    }

    private final double[] r;
    private final double[] z;
    private final double[] p;
    private final double[] q;

    ConjugateGradient(int n) {
        r = new double[n];
        z = new double[n];
        p = new double[n];
        q = new double[n];
    }

    /** Solves A x = b to ‖b − A x‖ ≤ tolerance ‖b‖, x holding the guess on entry and the solution on return. */
    Outcome solve(Operator a, Preconditioner m, double[] b, double[] x, double tolerance, int maxIterations) {
        int n = b.length;
        a.apply(x, q);
        double bNorm = 0;
        for (int i = 0; i < n; i++) {
            r[i] = b[i] - q[i];
            bNorm += b[i] * b[i];
        }
        bNorm = Math.sqrt(bNorm);
        if (bNorm == 0) {
            java.util.Arrays.fill(x, 0);
            return new Outcome(0, 0, true);
        }
        m.apply(r, z);
        System.arraycopy(z, 0, p, 0, n);
        double rz = dot(r, z);
        for (int k = 0; k <= maxIterations; k++) {
            double res = Math.sqrt(dot(r, r)) / bNorm;
            if (res <= tolerance) {
                return new Outcome(k, res, true);
            }
            if (!Double.isFinite(res) || k == maxIterations) {
                return new Outcome(k, res, false);
            }
            a.apply(p, q);
            double alpha = rz / dot(p, q);
            for (int i = 0; i < n; i++) {
                x[i] += alpha * p[i];
                r[i] -= alpha * q[i];
            }
            m.apply(r, z);
            double rzNext = dot(r, z);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + beta * p[i];
            }
        }
        throw new AssertionError("unreachable");
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
