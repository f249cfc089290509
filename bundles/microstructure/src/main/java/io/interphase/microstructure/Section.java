package io.interphase.microstructure;

import java.util.List;

/**
 * A plane through a random packing: {@code nx × nz} pixels of edge {@link #voxel()}, phase 0 the matrix and phase
 * k the k-th particle phase, x across the layer (periodic) and z through it. What a 2D model of the layer (the
 * phase-field solver) sees of the composite. Immutable.
 */
public final class Section {

    /** The largest section generated: 4096 × 4096 pixels. */
    public static final long MAX_PIXELS = 4096L * 4096;

    private final List<String> phases;
    private final int nx;
    private final int nz;
    private final double voxel;
    private final byte[] grid;

    Section(List<String> phases, int nx, int nz, double voxel, byte[] grid) {
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

    public int nx() {
        return nx;
    }

    public int nz() {
        return nz;
    }

    /** Pixel edge, m. */
    public double voxel() {
        return voxel;
    }

    /** The phase index at pixel (x, z). */
    public int at(int x, int z) {
        return grid[z * nx + x];
    }

    /** The share of the pixels that hold the phase (Delesse: the volume fraction, for a random section). */
    public double areaFraction(int phase) {
        return Microstructure.share(grid, phase);
    }
}
