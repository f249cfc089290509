package io.interphase.solver.phasefield;

/**
 * The zero-fill incomplete Cholesky factor L Lᵀ ≈ A of a {@link SparseSpd} (Meijerink &amp; van der Vorst, Math.
 * Comp. 31 (1977) 148: it exists for every symmetric M-matrix, which the potentials' system is: conductances off
 * the diagonal are negative and each row's diagonal is at least their sum). As a preconditioner it takes the
 * conductivity contrast of Li metal, carbon and electrolyte out of the CG iteration count.
 */
final class IncompleteCholesky {

    private final SparseSpd a;
    /** L's entries on A's lower pattern (the diagonal included), at A's positions. */
    private final double[] l;

    IncompleteCholesky(SparseSpd a) {
        this.a = a;
        this.l = new double[a.value.length];
    }

    /** Factors A's present values. */
    void factor() {
        int[] start = a.rowStart;
        int[] col = a.column;
        for (int i = 0; i < a.n; i++) {
            for (int p = start[i]; p < a.diagonal[i]; p++) {
                int k = col[p];
                // L[i][k] = (A[i][k] − Σ_j L[i][j] L[k][j]) / L[k][k] over j < k in both rows
                double s = a.value[p] - dot(start[i], p, start[k], a.diagonal[k]);
                l[p] = s / l[a.diagonal[k]];
            }
            int d = a.diagonal[i];
            double pivot = a.value[d] - dot(start[i], d, start[i], d);
            // an M-matrix keeps pivots positive; rounding on a near-singular row is guarded, not trusted
            l[d] = Math.sqrt(Math.max(pivot, 1e-12 * a.value[d]));
        }
    }

    /** Σ L[i][j] L[k][j] over the columns both lower rows hold, rows given by their position ranges. */
    private double dot(int pi, int endI, int pk, int endK) {
        double s = 0;
        int[] col = a.column;
        while (pi < endI && pk < endK) {
            int ci = col[pi];
            int ck = col[pk];
            if (ci == ck) {
                s += l[pi++] * l[pk++];
            } else if (ci < ck) {
                pi++;
            } else {
                pk++;
            }
        }
        return s;
    }

    /** z = (L Lᵀ)⁻¹ r: forward, then backward substitution. */
    void solve(double[] r, double[] z) {
        int[] start = a.rowStart;
        int[] col = a.column;
        for (int i = 0; i < a.n; i++) {
            double s = r[i];
            for (int p = start[i]; p < a.diagonal[i]; p++) {
                s -= l[p] * z[col[p]];
            }
            z[i] = s / l[a.diagonal[i]];
        }
        for (int i = a.n - 1; i >= 0; i--) {
            z[i] /= l[a.diagonal[i]];
            double zi = z[i];
            for (int p = start[i]; p < a.diagonal[i]; p++) {
                z[col[p]] -= l[p] * zi;
            }
        }
    }
}
