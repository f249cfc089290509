package io.interphase.microstructure;

import java.util.List;

/**
 * A voxel grid of phases: {@code nx × nx × nz} voxels of edge {@link #voxel()}, phase 0 the matrix and
 * phase k the k-th particle phase of its spec. x and y run across the layer (periodic), z through it.
 * Immutable.
 */
public final class Microstructure {

    private final List<String> phases;
    private final int nx;
    private final int nz;
    private final double voxel;
    private final byte[] grid;

    Microstructure(List<String> phases, int nx, int nz, double voxel, byte[] grid) {
        this.phases = List.copyOf(phases);
        this.nx = nx;
        this.nz = nz;
        this.voxel = voxel;
        this.grid = grid;
    }

    /** The phases' names, the matrix first. */
    public List<String> phases() {
        return phases;
    }

    /** The index of a phase by its name. */
    public int phase(String name) {
        int k = phases.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no phase '" + name + "'; phases: " + phases);
        }
        return k;
    }

    public int nx() {
        return nx;
    }

    public int nz() {
        return nz;
    }

    /** Voxel edge, m. */
    public double voxel() {
        return voxel;
    }

    /** The phase index at a voxel. */
    public int at(int x, int y, int z) {
        return grid[index(x, y, z)];
    }

    int index(int x, int y, int z) {
        return (z * nx + y) * nx + x;
    }

    int voxels() {
        return grid.length;
    }

    byte[] grid() {
        return grid;
    }

    /** The share of the voxels that hold the phase. */
    public double volumeFraction(int phase) {
        return share(grid, phase);
    }

    /** The share of a grid's cells that hold the phase: a 3D volume fraction, a section's area fraction. */
    static double share(byte[] grid, int phase) {
        long n = 0;
        for (byte b : grid) {
            if (b == phase) {
                n++;
            }
        }
        return (double) n / grid.length;
    }

    /** The section at {@code y}: {@code [z][x]} phase indices, for a 2D model of the layer. */
    public int[][] section(int y) {
        if (y < 0 || y >= nx) {
            throw new IllegalArgumentException("section y = " + y + " outside 0.." + (nx - 1));
        }
        int[][] s = new int[nz][nx];
        for (int z = 0; z < nz; z++) {
            for (int x = 0; x < nx; x++) {
                s[z][x] = at(x, y, z);
            }
        }
        return s;
    }
}
