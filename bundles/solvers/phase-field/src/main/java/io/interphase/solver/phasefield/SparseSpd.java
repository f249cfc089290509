package io.interphase.solver.phasefield;

import java.util.Arrays;

/**
 * A symmetric positive definite matrix in compressed rows, both triangles stored, columns sorted in each row; the
 * pattern is fixed when built and the values are refilled in place. What the potentials' block system and its
 * incomplete Cholesky factor share.
 */
final class SparseSpd {

    final int n;
    final int[] rowStart;
    final int[] column;
    final double[] value;
    /** The position of each row's diagonal entry in {@link #value}. */
    final int[] diagonal;

    /** A matrix of the pattern {@code columns[i]} (each row's columns, any order, the diagonal included). */
    SparseSpd(int[][] columns) {
        n = columns.length;
        rowStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = rowStart[i] + columns[i].length;
        }
        column = new int[rowStart[n]];
        value = new double[rowStart[n]];
        diagonal = new int[n];
        for (int i = 0; i < n; i++) {
            int[] c = columns[i].clone();
            Arrays.sort(c);
            System.arraycopy(c, 0, column, rowStart[i], c.length);
            diagonal[i] = position(i, i);
        }
    }

    /** Where entry (i, j) sits in {@link #value}; -1 if it is not in the pattern. */
    int position(int i, int j) {
        int p = Arrays.binarySearch(column, rowStart[i], rowStart[i + 1], j);
        return p >= 0 ? p : -1;
    }

    /** y = A x, in two halves side by side: the stencil work of every CG iteration. */
    void multiply(double[] x, double[] y) {
        Parallel.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                double s = 0;
                for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                    s += value[p] * x[column[p]];
                }
                y[i] = s;
            }
        });
    }
}
