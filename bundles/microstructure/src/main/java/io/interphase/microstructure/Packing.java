package io.interphase.microstructure;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a {@link Microstructure}: each particle phase in turn as overlapping spheres placed uniformly
 * at random (a Boolean model), claiming only the voxels still free; the matrix keeps the rest.
 *
 * <p>Why this model: it has exact results to check against — a phase of sphere number density n and
 * mean sphere volume v̄ fills 1 − exp(−n v̄) of the space it may claim, its free surface per volume is
 * (1 − φ) n s̄, and monodisperse overlapping spheres percolate at φ_c ≈ 0.2895 (Rintoul &amp; Torquato,
 * J. Phys. A 30 (1997) L585) — and overlapping particles stand for sintered or pressed contacts, which
 * touching hard spheres on a grid would not connect. A phase's number density is chosen so that its
 * expected share of the whole box is its volume fraction. Sphere centres are drawn in the box widened by
 * the largest radius through the height, so the density is the same at the faces as inside.
 */
public final class Packing {

    private Packing() {
    }

    /** The packing of the spec; the same spec and seed give the same grid. */
    public static Microstructure generate(PackingSpec spec) {
        int nx = spec.nx();
        byte[] grid = fill(spec.matrix(), spec.particles(), nx, nx, spec.nz(), spec.voxel(), spec.height(), spec.seed());
        return new Microstructure(names(spec.matrix(), spec.particles()), nx, spec.nz(), spec.voxel(), grid);
    }

    /**
     * The plane y = 0 of the packing {@code spec} would describe in 3D, generated without the rest of the box: the
     * same Boolean model with the sphere centres drawn only where a sphere can cut the plane, so the section has
     * the statistics of a section of the 3D packing (circles of the spheres' chord radii) at a small cost. Not
     * bound by {@link PackingSpec#MAX_VOXELS} (a section holds {@link Section#MAX_PIXELS} at most).
     */
    public static Section section(String matrix, List<ParticlePhase> particles, double width, double height, double voxel,
            long seed) {
        PackingSpec.check(matrix, particles, width, height, voxel);
        int nx = (int) Math.round(width / voxel);
        int nz = (int) Math.round(height / voxel);
        if ((long) nx * nz > Section.MAX_PIXELS) {
            throw new IllegalArgumentException("voxel: a section of " + nx + " x " + nz + " pixels is more than the "
                    + Section.MAX_PIXELS + " allowed; take a larger voxel or a smaller section");
        }
        byte[] grid = fill(matrix, particles, nx, 1, nz, voxel, height, seed);
        return new Section(names(matrix, particles), nx, nz, voxel, grid);
    }

    private static List<String> names(String matrix, List<ParticlePhase> particles) {
        List<String> names = new ArrayList<>(List.of(matrix));
        particles.forEach(p -> names.add(p.name()));
        return names;
    }

    /**
     * The grid of {@code nx × ny × nz} voxels; y is periodic when {@code ny == nx} (a box) and open when it is a
     * slab thinner than that, whose sphere centres then lie within one largest radius of it.
     */
    private static byte[] fill(String matrix, List<ParticlePhase> particles, int nx, int ny, int nz, double h,
            double layerHeight, long seed) {
        byte[] grid = new byte[nx * ny * nz];
        boolean slab = ny < nx;
        SplittableRandom random = new SplittableRandom(seed);
        double free = 1;
        for (int k = 0; k < particles.size(); k++) {
            ParticlePhase p = particles.get(k);
            if (p.diameter() > layerHeight) {
                throw new IllegalArgumentException("particles[" + k + "]: '" + p.name() + "' particles of " + p.diameter()
                        + " m are larger than the layer's " + layerHeight + " m");
            }
            double rMax = 0.5 * p.diameter() * Math.exp(3 * p.spread());
            double height = nz * h + 2 * rMax;
            double depth = slab ? ny * h + 2 * rMax : ny * h;
            double boxVolume = nx * h * depth * height;
            // n v̄ = −ln(1 − φ / free): the share of the free space this phase must claim
            double claim = p.volumeFraction() / free;
            if (!(claim < 1)) {
                throw new IllegalArgumentException("particles[" + k + "]: no room left for '" + p.name() + "'");
            }
            double meanVolume = Math.PI / 6 * Math.pow(p.diameter(), 3) * Math.exp(4.5 * p.spread() * p.spread());
            long count = Math.round(-Math.log(1 - claim) / meanVolume * boxVolume);
            for (long i = 0; i < count; i++) {
                double d = p.diameter() * Math.exp(p.spread() * random.nextGaussian());
                double r = Math.min(0.5 * d, rMax);
                double cx = random.nextDouble() * nx * h;
                double cy = random.nextDouble() * depth - (slab ? rMax : 0);
                double cz = random.nextDouble() * height - rMax;
                place(grid, new int[] {nx, ny, nz}, slab, h, (byte) (k + 1), cx, cy, cz, r);
            }
            free -= p.volumeFraction();
        }
        return grid;
    }

    /**
     * Claims the free voxels whose centres lie in the sphere; periodic in x, in y unless the grid is a slab,
     * cut at the faces in z.
     */
    private static void place(byte[] grid, int[] n, boolean slab, double h, byte phase, double cx, double cy, double cz,
            double r) {
        int nx = n[0];
        int ny = n[1];
        int z0 = Math.max(0, (int) Math.floor((cz - r) / h));
        int z1 = Math.min(n[2] - 1, (int) Math.ceil((cz + r) / h));
        int span = (int) Math.ceil(r / h) + 1;
        int ix = (int) Math.floor(cx / h);
        int iy = (int) Math.floor(cy / h);
        int y0 = slab ? Math.max(0, iy - span) : iy - span;
        int y1 = slab ? Math.min(ny - 1, iy + span) : iy + span;
        double r2 = r * r;
        for (int z = z0; z <= z1; z++) {
            double dz = (z + 0.5) * h - cz;
            for (int j = y0; j <= y1; j++) {
                double dy = (j + 0.5) * h - cy;
                for (int i = ix - span; i <= ix + span; i++) {
                    double dx = (i + 0.5) * h - cx;
                    if (dx * dx + dy * dy + dz * dz <= r2) {
                        int index = (z * ny + Math.floorMod(j, ny)) * nx + Math.floorMod(i, nx);
                        if (grid[index] == 0) {
                            grid[index] = phase;
                        }
                    }
                }
            }
        }
    }
}
