package io.interphase.microstructure;

import java.util.BitSet;

/**
 * Which voxels of a phase connect through the layer: face neighbours (six per voxel) of the same phase
 * form clusters; x and y wrap around, z runs from the bottom face (z = 0, the Li side) to the top.
 */
public final class Connectivity {

    /**
     * @param spans whether one cluster of the phase touches both faces
     * @param connectedShare the share of the phase's voxels in clusters that touch both faces: the part of
     *     the phase that can carry a current through the layer
     */
    public record Percolation(boolean spans, double connectedShare) {
    }

    private Connectivity() {
    }

    /** The phase's percolation through the layer. */
    public static Percolation of(Microstructure m, int phase) {
        BitSet fromBottom = reached(m, phase, 0);
        BitSet fromTop = reached(m, phase, m.nz() - 1);
        fromBottom.and(fromTop);
        long total = Math.round(m.volumeFraction(phase) * m.voxels());
        return new Percolation(!fromBottom.isEmpty(), total == 0 ? 0 : (double) fromBottom.cardinality() / total);
    }

    /** The share of a face's voxels that hold the phase: its contact with the neighbouring layer. */
    public static double faceShare(Microstructure m, int phase, boolean bottom) {
        int z = bottom ? 0 : m.nz() - 1;
        int n = 0;
        for (int y = 0; y < m.nx(); y++) {
            for (int x = 0; x < m.nx(); x++) {
                if (m.at(x, y, z) == phase) {
                    n++;
                }
            }
        }
        return (double) n / (m.nx() * m.nx());
    }

    /** The voxels of the phase connected to the phase's voxels of the plane z = start (breadth-first). */
    private static BitSet reached(Microstructure m, int phase, int start) {
        int nx = m.nx();
        int nz = m.nz();
        byte[] grid = m.grid();
        BitSet seen = new BitSet(grid.length);
        int[] queue = new int[grid.length];
        int head = 0;
        int tail = 0;
        for (int y = 0; y < nx; y++) {
            for (int x = 0; x < nx; x++) {
                int i = m.index(x, y, start);
                if (grid[i] == phase) {
                    seen.set(i);
                    queue[tail++] = i;
                }
            }
        }
        int plane = nx * nx;
        while (head < tail) {
            int i = queue[head++];
            int x = i % nx;
            int y = (i / nx) % nx;
            int z = i / plane;
            int row = i - x;
            int[] neighbours = {
                row + (x + 1) % nx, row + (x + nx - 1) % nx,
                i - y * nx + ((y + 1) % nx) * nx, i - y * nx + ((y + nx - 1) % nx) * nx,
                z + 1 < nz ? i + plane : -1, z > 0 ? i - plane : -1};
            for (int j : neighbours) {
                if (j >= 0 && grid[j] == phase && !seen.get(j)) {
                    seen.set(j);
                    queue[tail++] = j;
                }
            }
        }
        return seen;
    }
}
