package io.interphase.microstructure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to pack: particle phases in a matrix phase, in a box of {@code width × width × height} on cubic
 * voxels of edge {@code voxel}. The box is periodic across its width (a representative piece of a wide
 * layer) and bounded across its height, the direction through the layer.
 *
 * @param matrix the phase that fills what the particles leave (the carbon of an interlayer)
 * @param particles the particle phases, placed in this order
 * @param width box width, m
 * @param height box height, m (the layer's thickness, or a representative part of it)
 * @param voxel voxel edge, m
 * @param seed the random placement's seed: the same seed gives the same packing
 */
public record PackingSpec(String matrix, List<ParticlePhase> particles, double width, double height, double voxel, long seed) {

    /** The largest grid generated: 256³ voxels. */
    public static final long MAX_VOXELS = 256L * 256 * 256;

    public PackingSpec {
        particles = List.copyOf(particles);
        check(matrix, particles, width, height, voxel);
        if (voxels(width, height, voxel) > MAX_VOXELS) {
            throw new IllegalArgumentException("voxel: " + voxels(width, height, voxel) + " voxels, more than the "
                    + MAX_VOXELS + " allowed; take a larger voxel or a smaller box");
        }
    }

    /** What a box and a section both need: a matrix, distinct phases that leave it room, at least 4 voxels each way. */
    static void check(String matrix, List<ParticlePhase> particles, double width, double height, double voxel) {
        if (matrix == null || matrix.isBlank()) {
            throw new IllegalArgumentException("matrix: a packing needs a matrix phase");
        }
        Set<String> names = new HashSet<>(Set.of(matrix));
        double total = 0;
        for (ParticlePhase p : particles) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("particles: phase '" + p.name() + "' is given twice");
            }
            total += p.volumeFraction();
        }
        if (!(total < 1)) {
            throw new IllegalArgumentException("particles: their volume fractions add up to " + total
                    + "; they must leave room for the matrix (< 1)");
        }
        if (!(voxel > 0) || !(width >= 4 * voxel) || !(height >= 4 * voxel)) {
            throw new IllegalArgumentException("voxel: the box (" + width + " x " + height + " m) must be at least 4 voxels of "
                    + voxel + " m each way");
        }
    }

    /** Voxels along the width. */
    public int nx() {
        return (int) Math.round(width / voxel);
    }

    /** Voxels along the height. */
    public int nz() {
        return (int) Math.round(height / voxel);
    }

    private static long voxels(double width, double height, double voxel) {
        long n = Math.round(width / voxel);
        return n * n * Math.round(height / voxel);
    }
}
